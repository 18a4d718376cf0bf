"""Words that bound a search for an actor: where a clause ends on the left (LEFT_STOP), and the words that may
stand between a verb and its actor without ending the search (FILLERS)."""
from __future__ import annotations

LEFT_STOP = {".", ";", ":", "bahwa", "karena", "sebab", "lantaran", "namun", "tetapi", "tapi", "sedangkan", "sementara",
             "sehingga", "meskipun", "walaupun", "“", "”", '"', "that", "because", "but", "whereas",
             "although", "though", "while", "so", "meski", "walau", "padahal",
             "apakah", "whether"}  # "menyelidiki apakah Abedi pernah berkunjung ke Libya": Abedi's visit
FILLERS = {"juga", "kemudian", "lalu", "telah", "sudah", "pun", "langsung", "segera", "akan", "tidak", "tak",
           "belum", "bisa", "dapat", "harus", "siap", "ingin", "sedang", "masih", "terus", "pernah", "also",
           "then", "later", "will", "would", "could", "has", "have", "had", "not", "already", ",",
           "sempat", "terakhir", "kali", "selalu", "tetap"}  # "mengatakan terakhir kali bertemu Habibie": the speaker met him
