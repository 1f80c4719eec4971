# The glossary page: each term of art (content/glossary.toml) and its one definition.
# TODO(translate): the terms below are in English; the definitions come from terms.ftl.

glossary_civil-immigration-enforcement = civil immigration enforcement
    .definition = { -civil-immigration-enforcement-definition }
    .forms = civil immigration enforcement
glossary_judicial-warrant = judge's warrant (judicial warrant)
    .definition = { -judicial-warrant-definition }
    .forms = judge's warrant, judicial warrant
