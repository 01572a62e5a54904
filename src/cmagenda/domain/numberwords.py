"""Number words up to 59 in French and English, as dates count them ("dans vingt et un jours",
"in twenty-one days"). Standard library only."""

from __future__ import annotations


def _number_words() -> dict[str, int]:
    """Number words up to 59 in both languages: "deux", "quinze", "vingt et un", "twenty-one"."""
    fr = ["zero", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix",
          "onze", "douze", "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit",
          "dix-neuf"]  # fmt: skip
    en = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
          "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
          "eighteen", "nineteen"]  # fmt: skip
    words = {"une": 1, "a": 1, "an": 1} | {w: n for n, w in enumerate(fr)}
    words |= {w: n for n, w in enumerate(en)}
    tens = {20: ("vingt", "twenty"), 30: ("trente", "thirty"), 40: ("quarante", "forty"),
            50: ("cinquante", "fifty")}  # fmt: skip
    for ten, (fr_ten, en_ten) in tens.items():
        words[fr_ten] = words[en_ten] = ten
        for unit in range(1, 10):
            words[f"{en_ten}-{en[unit]}"] = words[f"{en_ten} {en[unit]}"] = ten + unit
            fr_units = ["et un", "et une"] if unit == 1 else [fr[unit]]
            for word in fr_units:
                words[f"{fr_ten} {word}"] = ten + unit
                words[f"{fr_ten}-{word.replace(' ', '-')}"] = ten + unit
    return words


NUMBERS = _number_words()
