# Help lines (../../help/resources.toml): help_<id> is the name, .detail what it is for.

help_icirr-hotline = ICIRR Family Support Hotline
    .detail = Call or text, 24 hours a day. For families affected by immigration enforcement, and to report immigration agents' activity.
help_copa = Civilian Office of Police Accountability (COPA)
    .detail = Complaints about Chicago police officers. You can leave a voicemail at any time.
help_chicago-oig = City of Chicago Office of Inspector General
    .detail = Reports that a City department or employee broke the { -wco } or other City rules.
help_first-defense = First Defense Legal Aid
    .detail = 24-hour hotline. Connects people who have been arrested with free legal help.
help_ag-civil-rights = Illinois Attorney General, Civil Rights hotline
    .detail = The Attorney General's line for civil rights complaints. We found no separate line just for { -trust } complaints.
help_cook-pd-immigration = Cook County Public Defender, Immigration Division
    .detail = The immigration unit of Cook County's public defender's office.
