"""Views: one module per view, its plain, JSON and Rich forms side by side.

The only package that imports rich (lazily: the morning path stays stdlib-only). May import
`cmagenda.domain` and `cmagenda.i18n`; types from the use cases only under TYPE_CHECKING.
"""
