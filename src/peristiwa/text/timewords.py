"""Words of a time phrase ("on Monday", "pada Senin", "kemarin") that may stand between a verb and its
arguments; the steps that skip such phrases extend this shared set with their own words."""

DAY_WORDS = frozenset({
    "on", "pada", "hari", "today", "yesterday", "kemarin",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu",
})

# parts of the day: "Selasa (2/8) malam", "on Thursday night"
PARTS_OF_DAY = frozenset({"pagi", "siang", "sore", "malam", "dini", "morning", "afternoon", "evening", "night",
                          "tonight"})

# the rest of a date phrase besides its day: "Sabtu lalu", "Jumat (13/9)"
DATE_MARKS = frozenset({"lalu", "(", ")", "/"})

# Indonesian words that open a clause of time with no subject of its own ("… saat menerima telepon dari …",
# "… usai ditetapkan tersangka"): while, and after
WHILE_WORDS = frozenset({"saat", "ketika", "sewaktu", "tatkala", "sambil", "seraya", "sembari"})
AFTER_WORDS = frozenset({"usai", "seusai", "setelah", "sesudah"})
