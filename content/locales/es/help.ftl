# Líneas de ayuda (../../help/resources.toml): help_<id> es el nombre, .detail para qué sirve.

help_icirr-hotline = Línea de Apoyo Familiar de ICIRR (ICIRR Family Support Hotline)
    .detail = Llame o envíe un mensaje de texto, las 24 horas del día. Para familias afectadas por la aplicación de las leyes de inmigración, y para reportar actividad de agentes de inmigración.
help_copa = Oficina Civil de Rendición de Cuentas de la Policía (Civilian Office of Police Accountability, COPA)
    .detail = Quejas sobre oficiales de la policía de Chicago. Puede dejar un mensaje de voz a cualquier hora.
help_chicago-oig = Oficina del Inspector General de la Ciudad de Chicago (City of Chicago Office of Inspector General)
    .detail = Reportes de que un departamento o un empleado de la Ciudad violó la { -wco } (Welcoming City Ordinance) u otras reglas de la Ciudad.
help_first-defense = First Defense Legal Aid
    .detail = Línea de ayuda las 24 horas. Pone a las personas arrestadas en contacto con ayuda legal gratuita.
help_ag-civil-rights = Procurador General de Illinois, línea de Derechos Civiles (Illinois Attorney General, Civil Rights hotline)
    .detail = La línea del Procurador General para quejas de derechos civiles. No encontramos una línea aparte solo para quejas sobre la { -trust }.
help_cook-pd-immigration = Defensoría Pública del Condado de Cook, División de Inmigración (Cook County Public Defender, Immigration Division)
    .detail = La unidad de inmigración de la oficina del defensor público del Condado de Cook.
