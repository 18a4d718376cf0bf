"""Words that bound a search for an actor: where a clause ends on the left (LEFT_STOP), the words that may
stand between a verb and its actor without ending the search (FILLERS), the participles of a broker (BROKERED), the
prepositions before whoever something goes to (TO_A_RECEIVER), the parts of a town that name a place, not its
government (PLACE_PARTS), the ground an armed group holds (GROUND), the verbs of accusing, across which an
accusation's parts are read (ACCUSING), a country's diplomatic missions (MISSIONS), the measures that forbid
(BANS), the waters missiles are fired into (WATERS), the words that point back (DEMONSTRATIVES), the compass parts
of a country (DIRECTIONS), the words that open a subordinate clause (SUBORDINATORS), reflexive objects
(REFLEXIVES), the words before a person's country of origin (ORIGIN), the words that open a condition
(CONDITIONS) and the nouns that name an act again (MOVES)."""
from __future__ import annotations

LEFT_STOP = {".", ";", ":", "bahwa", "karena", "sebab", "lantaran", "namun", "tetapi", "tapi", "sedangkan", "sementara",
             "sehingga", "meskipun", "walaupun", "“", "”", '"', "that", "because", "but", "whereas",
             "although", "though", "while", "so", "meski", "walau", "padahal",
             "apakah", "whether"}  # "menyelidiki apakah Abedi pernah berkunjung ke Libya": Abedi's visit
FILLERS = {"juga", "kemudian", "lalu", "telah", "sudah", "pun", "langsung", "segera", "akan", "tidak", "tak",
           "belum", "bisa", "dapat", "harus", "siap", "ingin", "sedang", "masih", "terus", "pernah", "also",
           "then", "later", "will", "would", "could", "has", "have", "had", "not", "already", ",",
           "sempat", "terakhir", "kali", "selalu", "tetap"}  # "mengatakan terakhir kali bertemu Habibie": the speaker met him
# participles whose agent brokered or witnessed a deal: a third party, not a party to it ("a deal brokered by China",
# "kesepakatan yang dimediasi Turki", "perjanjian ekstradisi yang disaksikan Presiden Jokowi dan PM Lee")
BROKERED = {"brokered", "mediated", "facilitated", "witnessed", "ditengahi", "dimediasi", "difasilitasi", "diprakarsai",
            "dijembatani", "diperantarai", "disaksikan"}
PREPOSITIONS = {"ke", "kepada", "terhadap", "atas", "dengan", "bagi", "untuk", "melawan", "dari", "oleh", "di",
                "antara", "pada", "on", "against", "to", "with", "at", "toward", "towards", "for", "upon", "into",
                "by", "from", "of", "in", "between", "menuju"}
TO_A_RECEIVER = {"ke", "kepada", "bagi", "untuk", "to", "for"}  # "penjualan senjata ke Taiwan", "arms sale to Taiwan"
PLACE_PARTS = {"streets", "outskirts", "suburbs", "centre", "center"}  # "the streets of Baghdad"
# ground an armed group holds: "rebel positions in central Mali", "penjara yang dikelola Houthi", "captured the
# Taliban stronghold of …" (not people)
GROUND = {"stronghold", "strongholds", "base", "bases", "positions", "position", "camp", "camps", "hideouts",
          "territory", "town", "city", "village", "villages", "headquarters", "area", "areas", "region", "-held", "held",
          "wilayah", "daerah", "kawasan", "kota", "desa", "basis", "markas", "benteng", "kubu", "posisi", "pos", "kamp",
          "pangkalan", "gurun", "penjara", "gudang", "fasilitas"}
ACCUSING = {"accused", "accuses", "accusing", "blamed", "blames", "blaming", "menuduh", "menuding", "menyalahkan"}


# a country's missions abroad: "penasihat militer di Komisi Tinggi Pakistan" (its staff), "at the U.S. embassy"
MISSIONS = {"kedutaan", "besar", "kedubes", "komisi", "tinggi", "konsulat", "jenderal", "embassy", "high",
            "commission", "consulate"}
# measures that forbid: "an embargo on arms sales" (not done), "a U.S. embargo on … to Vietnam" (lifted on Vietnam)
BANS = {"embargo", "ban", "larangan"}
# waters fired into: "fired ballistic missiles into the waters around Taiwan" (a show of force, no strike)
WATERS = {"waters", "sea", "perairan", "laut"}
# "bukti tersebut", "kelompok itu", "permintaan itu": what points back
DEMONSTRATIVES = frozenset({"itu", "tersebut", "ini"})
# "di utara Suriah", "in central Minsk", "the southern town of": a part of a country
DIRECTIONS = frozenset({"utara", "selatan", "timur", "barat", "tenggara", "northern", "southern", "eastern", "western",
                        "central", "northeastern", "northwestern", "southeastern", "southwestern"})
# "… after Islamist militants battled troops", "… as it began its drills": a clause of its own follows
SUBORDINATORS = frozenset({"when", "after", "before", "while", "as", "but", "because", "since", "until", "setelah",
                           "sebelum", "ketika", "saat", "karena", "sejak", "sementara", "tetapi", "namun"})
# "barricaded themselves inside a monastery": the subject is its own object
REFLEXIVES = frozenset({"themselves", "himself", "herself", "itself"})
# "seorang pria asal Malaysia", "pilotnya yang berkewarganegaraan Selandia Baru": a person's country of origin
ORIGIN = frozenset({"asal", "kelahiran", "keturunan", "berkewarganegaraan", "berkebangsaan"})
# "jika", "if": a condition opens ("kalaupun nanti demo …": even if)
CONDITIONS = frozenset({"jika", "jikalau", "kalau", "apabila", "bila", "seandainya", "andaikan", "if", "unless",
                        "kalaupun", "jikapun", "bilamana"})
# an act named again as "a move" or "the decision" ("…, a move condemned by the United States", "langkah tersebut")
MOVES = frozenset({"langkah", "keputusan", "tindakan", "kebijakan", "aksi", "move", "decision", "step", "action"})
