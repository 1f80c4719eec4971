# El catálogo de leyes (../../law/catalogue.toml): law_<id> es un título corto, .summary un resumen
# sencillo, .challenge la nota de impugnación judicial donde el catálogo fija challenged_as_of.
# law-group_<law> nombra cada grupo. Las citas legales se quedan en su forma oficial en inglés.

law-group_mcc-2-173 = { -wco } de Chicago (Welcoming City Ordinance; Código Municipal de Chicago, Capítulo 2-173)
law-group_trust-act = { -trust } (Illinois TRUST Act, 5 ILCS 805)
law-group_ag-guidance = Guía del Procurador General de Illinois (Illinois Attorney General)
law-group_cpd-directives = Órdenes del Departamento de Policía de Chicago (CPD)
law-group_news-reports = Informes de prensa

-us-v-illinois-challenge = El Departamento de Justicia de EE. UU. demandó por esta ley en febrero de 2025 (United States v. Illinois). Un juez federal desestimó el caso en julio de 2025, y EE. UU. apeló ante el Tribunal de Apelaciones del Séptimo Circuito. No encontramos ninguna decisión sobre la apelación.

law_mcc-2-173-020-a = La Ciudad no ayuda en la aplicación civil de las leyes de inmigración
    .summary = Las agencias de la Ciudad y sus empleados, incluida la policía, no pueden participar en la aplicación civil de las leyes de inmigración ni ayudar al gobierno federal con ella.
    .challenge = { -us-v-illinois-challenge }
law_mcc-2-173-020-a-1-a = No se puede detener ni arrestar a nadie solo por sospechar de su estatus migratorio
    .summary = Los agentes de la Ciudad no pueden detener, arrestar ni retener a nadie solo porque creen que la persona está en EE. UU. sin permiso o que violó una regla civil de inmigración.
    .challenge = { -us-v-illinois-challenge }
law_mcc-2-173-020-a-1-b = No se puede arrestar a nadie con órdenes administrativas
    .summary = Los agentes de la Ciudad no pueden detener, arrestar ni retener a nadie por una orden administrativa, incluidos los registros de inmigración de la base de datos NCIC del FBI.
    .challenge = { -us-v-illinois-challenge }
law_mcc-2-173-020-a-5 = No se puede entregar a nadie a ICE
    .summary = Los agentes de la Ciudad no pueden pasar a nadie a la custodia de ICE solo para la aplicación civil de las leyes de inmigración.
    .challenge = { -us-v-illinois-challenge }
law_mcc-2-173-020-a-6 = No se permiten perímetros de tráfico ni apoyo en el lugar
    .summary = Los agentes de la Ciudad no pueden montar un perímetro de tráfico ni dar apoyo en el lugar para un operativo de aplicación civil de las leyes de inmigración.
    .challenge = { -us-v-illinois-challenge }
law_mcc-2-173-030-a-1 = No se puede preguntar ni compartir el estatus migratorio
    .summary = Los agentes de la Ciudad no pueden pedir, guardar ni compartir la ciudadanía o el estatus migratorio de nadie, a menos que lo exija una ley, un reglamento federal, una orden de un tribunal o una orden judicial de arresto o de registro (firmada por un juez); que la persona lo acepte por escrito; o que los abogados de la Ciudad lo necesiten para un caso.
    .challenge = { -us-v-illinois-challenge }
law_trust-805-5 = Propósito de la Ley TRUST
    .summary = La ley estatal no le da a la policía de Illinois ningún poder para aplicar las leyes federales civiles de inmigración. Los oficiales pueden consultar a otra agencia de policía para saber si un registro en una base de datos es civil o penal.
    .challenge = { -us-v-illinois-challenge }
law_trust-805-10 = Definiciones, incluida la de "orden migratoria civil"
    .summary = Una orden migratoria civil es un documento de inmigración que ningún juez aprobó, como los Formularios I-200, I-203, I-205 e I-286, o un registro en el archivo de infractores de inmigración del FBI. No incluye las órdenes penales.
    .challenge = { -us-v-illinois-challenge }
law_trust-805-15 = Límites para ayudar en la aplicación federal de las leyes de inmigración
    .summary = La Sección 15 limita lo que la policía en Illinois puede hacer por los agentes de inmigración. El Procurador General de Illinois dice que prohíbe ayudar "de cualquier manera", a menos que los agentes tengan una orden penal o que una ley federal lo exija de forma específica.
    .challenge = { -us-v-illinois-challenge }
law_trust-805-15-a = No se puede retener a nadie por solicitudes de detención ni por órdenes migratorias civiles
    .summary = La policía en Illinois no puede retener a nadie solo por una solicitud de detención migratoria ("detainer") o una orden migratoria civil, ni puede cumplirlas de ninguna otra forma.
    .challenge = { -us-v-illinois-challenge }
law_trust-805-15-b = No se puede detener ni arrestar a nadie solo por su estatus migratorio
    .summary = La policía en Illinois no puede detener, arrestar, registrar ni retener a nadie solo por su ciudadanía o su estatus migratorio.
    .challenge = { -us-v-illinois-challenge }
law_ag-guidance-2025 = La guía del Procurador General para la policía
    .summary = Guía actualizada del Procurador General de Illinois que explica lo que la ley estatal permite, y no permite, que haga la policía en asuntos de inmigración. Es una guía, no una ley.
law_cpd-s06-14-03 = La orden del CPD sobre incidentes relacionados con el estatus de ciudadanía
    .summary = La orden del Departamento de Policía de Chicago que pone en práctica la { -wco }. La versión que pudimos leer es de marzo de 2020; es probable que exista una versión más nueva.
law_cbs-2021-supervisors = Informe de prensa sobre los cambios de 2021 a la ordenanza
    .summary = Un informe de prensa sobre la votación del Concejo Municipal de enero de 2021, que describe cómo los supervisores de la policía deben manejar las solicitudes de los agentes de inmigración.

law-group_voices-act = Ley VOICES (VOICES Act, 5 ILCS 825)
law-group_keep-families-together = Ley para Mantener Unidas a las Familias de Illinois (Keep Illinois Families Together Act)
law-group_pa-104-0440 = Ley Pública 104-0440 (Public Act 104-0440, 2025)
law-group_cook-county-46-37 = Código del Condado de Cook (Cook County Code) § 46-37
law-group_chicago-executive = Acciones ejecutivas de la Ciudad de Chicago
law-group_federal-policy = Política federal de inmigración
law-group_residents-rights = Sus propios derechos (Constitución de EE. UU.)

-pa-104-0440-challenge = El Departamento de Justicia de EE. UU. demandó por esta ley el 22 de diciembre de 2025. Todavía no encontramos ninguna decisión.

law_mcc-2-173-005 = Por qué existe la ordenanza
    .summary = El Concejo Municipal concluyó que la seguridad pública depende de la cooperación de todos, incluidas las víctimas y los testigos, tengan documentos o no, y que los trabajadores de la Ciudad deben tratar con dignidad a los residentes inmigrantes.
    .challenge = { -us-v-illinois-challenge }
law_mcc-2-173-020-a-1-c = No se puede retener a nadie por solicitudes de detención migratoria
    .summary = Los agentes de la Ciudad no pueden detener, arrestar ni seguir reteniendo a nadie por una solicitud de detención migratoria ("detainer"): una petición por escrito de ICE para retener a alguien.
    .challenge = { -us-v-illinois-challenge }
law_mcc-2-173-020-a-2-a = ICE no puede tener acceso a las personas bajo custodia de la Ciudad
    .summary = Las agencias de la Ciudad no pueden dejar que los agentes de ICE se comuniquen con una persona que ellas tienen retenida, ni siquiera por teléfono.
    .challenge = { -us-v-illinois-challenge }
law_mcc-2-173-020-a-2-b = No se pueden usar instalaciones de la Ciudad para entrevistas de ICE
    .summary = Las agencias de la Ciudad no pueden dejar que los agentes de ICE usen instalaciones de la Ciudad para entrevistas u otras investigaciones.
    .challenge = { -us-v-illinois-challenge }
law_mcc-2-173-020-a-3 = No se responde a ICE sobre custodia, fechas de salida ni datos de contacto
    .summary = Los agentes de la Ciudad no pueden dedicar tiempo a responderle a ICE sobre la situación de custodia de una persona, su fecha de salida o sus datos de contacto. Solo pueden preguntarle a ICE si un asunto trata únicamente de una violación civil de inmigración.
    .challenge = { -us-v-illinois-challenge }
law_mcc-2-173-020-a-4 = No se permiten acuerdos 287(g)
    .summary = Las agencias de la Ciudad no pueden hacer acuerdos, como los acuerdos 287(g), que les permitan aplicar las leyes federales civiles de inmigración.
    .challenge = { -us-v-illinois-challenge }
law_mcc-2-173-030-a = Cuándo se puede compartir información sobre el estatus
    .summary = Los límites sobre la información del estatus migratorio solo ceden cuando una ley, un reglamento federal, una orden de un tribunal o una orden judicial de arresto o de registro (firmada por un juez) exige otra cosa.
    .challenge = { -us-v-illinois-challenge }
law_mcc-2-173-030-a-2 = Los formularios de la Ciudad no preguntan por el estatus
    .summary = Las solicitudes y los formularios para beneficios, servicios u oportunidades de la Ciudad no pueden preguntar por la ciudadanía ni por el estatus migratorio. Los departamentos deben revisar sus formularios cada año.
    .challenge = { -us-v-illinois-challenge }
law_mcc-2-173-030-b = No se da acceso a bases de datos para la aplicación civil de las leyes de inmigración
    .summary = Las agencias de la Ciudad no pueden darle a una agencia federal acceso directo a sus bases de datos para la aplicación civil de las leyes de inmigración.
    .challenge = { -us-v-illinois-challenge }
law_mcc-2-173-069 = Informes de la policía sobre el cumplimiento de la ordenanza
    .summary = El Departamento de Policía de Chicago informa cada tres meses a la Oficina del Alcalde y al Inspector General sobre cómo cumple la ordenanza. El Inspector General publica los informes.
law_trust-805-15-d = No hay responsabilidad legal por dejar libre a alguien
    .summary = Una agencia de policía o un oficial que, de buena fe, deja libre a una persona que tiene una solicitud de detención migratoria ("detainer") o una orden migratoria civil no puede ser responsabilizado legalmente por dejarla libre, a menos que la conducta haya sido intencional o temeraria (willful or wanton).
    .challenge = { -us-v-illinois-challenge }
law_trust-805-15-e = No se pregunta por el estatus ni por el lugar de nacimiento
    .summary = La policía en Illinois no puede preguntar ni investigar la ciudadanía, el estatus migratorio o el lugar de nacimiento de nadie a quien detenga, retenga o tenga bajo custodia. Excepciones: decirle a una persona bajo custodia que puede comunicarse con su consulado, y algunas verificaciones de las leyes de armas de fuego.
    .challenge = { -us-v-illinois-challenge }
law_trust-805-25-a = Informes anuales al Procurador General
    .summary = Cada agencia de policía de Illinois informa cada año al Procurador General sobre las solicitudes de los agentes de inmigración y sobre las solicitudes de detención migratoria y las órdenes migratorias civiles que recibió, sin dar nombres.
    .challenge = { -us-v-illinois-challenge }
# TODO(translate)
law_trust-805-25-b = No names in the yearly reports
    .summary = The yearly reports police agencies send the Attorney General may not include names or other details that identify a person.
    .challenge = { -us-v-illinois-challenge }
# TODO(translate)
law_pa-100-0463 = The TRUST Act as first passed in 2017
    .summary = The Public Act that created the Illinois TRUST Act in 2017. Its original wording let police hold someone on a notice in LEADS, a police database, unless the notice clearly rested on an immigration paper no judge signed. That wording was removed in 2021.
law_voices-act = Certificación para las visas U y T
    .summary = La policía y los fiscales deben nombrar a los funcionarios que firman el formulario que una víctima de un delito necesita para solicitar una visa U o T, publicar cómo pedirlo y aceptar solicitudes hechas por medio de un abogado o de un proveedor de servicios para víctimas.
law_kifta-287g = Prohibición de los acuerdos 287(g)
    .summary = Ninguna agencia de policía ni ningún funcionario de Illinois puede firmar o mantener un acuerdo 287(g), que permitiría a los oficiales locales actuar como agentes federales de inmigración.
law_pa-104-0440-art-5 = Ley Bivens de Illinois (Illinois Bivens Act)
    .summary = Permite que una persona demande, bajo la ley estatal, a cualquiera que viole sus derechos constitucionales durante la aplicación civil de las leyes de inmigración, incluidos los agentes federales.
    .challenge = { -pa-104-0440-challenge }
law_pa-104-0440-art-10 = Ley de Acceso, Seguridad y Participación en los Tribunales (Court Access, Safety, and Participation Act)
    .summary = Prohíbe los arrestos civiles, incluidos los arrestos de inmigración sin una orden de un juez, de personas que van a un tribunal, están en él o salen de él en Illinois, dentro de los edificios de los tribunales y a menos de 1,000 pies (unos 305 metros) de ellos.
    .challenge = { -pa-104-0440-challenge }
# TODO(translate): .challenge below is in English
law_pa-104-0440-institutions = Hospitales, universidades públicas y guarderías
    .summary = Exige que los hospitales, los colegios y universidades públicos y las guarderías con licencia adopten normas sobre cómo actuar ante la aplicación de las leyes de inmigración, y limita cuándo las escuelas y los centros de cuidado infantil pueden revelar el estatus migratorio.
    .challenge = According to news reports, the U.S. Department of Justice sued over Public Act 104-0440 on December 22, 2025, and the suit targets the law's lawsuit and courthouse parts, not these duties. As of early January 2026, the latest news we found, there was no ruling.
# TODO(translate): .challenge below is in English
law_cook-46-37 = Las reglas del Condado de Cook sobre las solicitudes de detención de ICE
    .summary = La ordenanza del Condado sobre las solicitudes de detención migratoria ("detainers") de ICE y el acceso de ICE a las personas en la cárcel del Condado.
    .challenge = { -us-v-illinois-challenge }
law_cpd-s02-06 = La orden del CPD sobre la certificación para la visa U
    .summary = Cómo maneja el Departamento de Policía de Chicago las solicitudes para firmar formularios de certificación para la visa U de víctimas de delitos.
law_corp-counsel-guidance-2025 = Guía de la Ciudad para las visitas de agentes federales
    .summary = Pautas de los abogados de la Ciudad, publicadas por la Oficina del Alcalde en enero de 2025, para el personal de la Ciudad cuando agentes federales visitan una propiedad de la Ciudad.
law_cbs-2025-ice-free-zones = Informe de prensa sobre la orden de "Zonas Libres de ICE" ("ICE-Free Zones")
    .summary = Un informe de prensa sobre la orden ejecutiva del Alcalde de octubre de 2025 sobre los lotes y estacionamientos que son propiedad de la Ciudad.
law_suntimes-2021-carve-outs = Informe de prensa sobre la eliminación de las excepciones de la ordenanza
    .summary = Un informe de prensa sobre la votación del Concejo Municipal de enero de 2021 para eliminar las excepciones que habían permitido que la policía ayudara a ICE en algunos casos.
law_o2021-117 = La enmienda de 2021 a la ordenanza
    .summary = El registro oficial del Concejo Municipal sobre la ordenanza aprobada el 27 de enero de 2021.
law_blockclub-2021-history = Informe de prensa sobre la historia de la ordenanza
    .summary = Un informe de prensa sobre la historia de las protecciones de Chicago, desde una orden ejecutiva de 1985 hasta la enmienda de 2021.
law_abc-2026-ice-home-entry-memo = Informe de prensa sobre el memorando de ICE para entrar en casas
    .summary = Un informe de prensa sobre un memorando de ICE de mayo de 2025, que se hizo público en enero de 2026, que afirma que los agentes pueden entrar en casas usando un formulario de ICE y una orden final de deportación. Esa afirmación está en disputa, porque se considera que viola la Cuarta Enmienda.
law_ilrc-red-cards = "Tarjetas rojas" del Immigrant Legal Resource Center (Centro de Recursos Legales para Inmigrantes)
    .summary = Tarjetas que las personas pueden llevar consigo y mostrar a los agentes de inmigración, y que dicen cuáles son sus derechos constitucionales.
# TODO(translate)
law_aclu-immigrants-rights = ACLU: immigrants' rights
    .summary = The ACLU's advice on your rights when police or immigration agents stop or question you, whatever your immigration status.
# TODO(translate)
law_aila-know-your-rights = AILA: if ICE stops you in public
    .summary = A know-your-rights handout from the American Immigration Lawyers Association (AILA), a group of immigration lawyers.
law_jurist-2025-pa-104-0440 = Informe de prensa sobre la ley de Illinois de 2025 sobre arrestos de inmigración
    .summary = Un informe de Jurist sobre la Ley Pública 104-0440: demandas por violaciones constitucionales, protecciones en los tribunales y obligaciones para hospitales, universidades y guarderías.

# TODO(translate)
law-group_castanon-nava = Castañon Nava v. DHS (a federal court order on ICE arrests)
# TODO(translate)
law_castanon-nava-decree = Court order limiting some ICE arrests without a warrant
    .summary = According to the lawyers for the people who sued, the National Immigrant Justice Center (NIJC) and the ACLU of Illinois, a federal court approved this settlement on February 8, 2022. They say it made ICE adopt a nationwide policy that limits some arrests without a warrant and some vehicle stops, and that people arrested that way in ICE's Chicago area (Illinois, Indiana, Wisconsin, Missouri, Kansas and Kentucky) may be able to ask for remedies under it. It is a court order, not a City or state law. As of the latest information we found (October 2025), it ran to February 2, 2026; we do not know whether it still applies.
# TODO(translate)
law_nijc-nava-settlement = NIJC's page on the Castañon Nava settlement
    .summary = The National Immigrant Justice Center, one of the lawyers for the people who sued, explains the settlement on this page. It also has a way to tell the lawyers about a possible violation.
