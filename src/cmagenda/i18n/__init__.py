"""I18n: the French and English catalogues and how messages are said (plural forms,
voice). The bottom layer: imports no other part of cmagenda.
"""
