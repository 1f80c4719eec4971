# S10: ICE llega a una propiedad de la Ciudad (una biblioteca, un parque, un estacionamiento de CPS, una oficina de la Ciudad).
# Claves: scenario_<id>, <escenario>_<nodo>, <escenario>_<nodo>_<respuesta, razón, paso o nota>.
# Lenguaje sencillo; sin copiar el texto de las leyes; cada afirmación tiene su cita en el .toml.

scenario_ice-at-city-property = Agentes de inmigración llegan a una propiedad de la Ciudad
    .summary = Por ejemplo, agentes de ICE llegan a una biblioteca pública, un parque, una oficina de la Ciudad o un estacionamiento de las Escuelas Públicas de Chicago (Chicago Public Schools).

## Pregunta: ¿qué hacen los agentes?

ice-at-city-property_request = ¿Qué están haciendo o pidiendo los agentes?
    .hint = ICE (Servicio de Inmigración y Control de Aduanas) es la agencia federal que hace cumplir las leyes de inmigración dentro del país. Un área privada es una que no está abierta al público, como un cuarto solo para el personal.
ice-at-city-property_request_private-area = Quieren entrar a un área privada o solo para el personal
ice-at-city-property_request_public-area = Están en un área pública, como un parque o la sala de lectura de una biblioteca
ice-at-city-property_request_use-property = Quieren usar un salón, un estacionamiento o un garaje de la Ciudad para su trabajo
ice-at-city-property_request_information = Piden información o registros sobre alguien

## Pregunta: ¿hay una orden de un juez?

ice-at-city-property_warrant = ¿Los agentes tienen una orden (warrant) firmada por un juez?
    .hint = { -judicial-warrant-definition } Una orden administrativa (administrative warrant) es un formulario de ICE firmado por un oficial de inmigración, no por un juez. Por ejemplo, el Formulario I-200 y el Formulario I-205.
ice-at-city-property_warrant_judge-signed = Sí, una orden firmada por un juez
ice-at-city-property_warrant_ice-form = Tienen un formulario de ICE firmado por un oficial de inmigración
ice-at-city-property_warrant_no-paper = No, no hay ninguna orden
ice-at-city-property_warrant_cannot-tell = No sé qué tipo de documento es

## Resultado: sin orden de un juez, o no se sabe

ice-at-city-property_no-consent = El personal de la Ciudad no puede ayudar a los agentes, y no debe dar permiso para que entren a áreas privadas.
    .summary = La ley de la Ciudad prohíbe que los trabajadores de la Ciudad ayuden en la aplicación civil de las leyes de inmigración. La guía de la Ciudad dice que no se dé permiso a ICE para entrar a áreas privadas o "sensibles" de la Ciudad.
    .verdict = no pueden ayudar, y no deben dar permiso para entrar en áreas privadas
ice-at-city-property_no-consent_no-help = La { -wco } (Welcoming City Ordinance) de Chicago dice que las agencias de la Ciudad y sus trabajadores no pueden participar en la aplicación civil de las leyes de inmigración ni ayudar con ella a los agentes federales. { -civil-immigration-enforcement-definition }
ice-at-city-property_no-consent_no-facilities = Las agencias de la Ciudad no pueden dejar que los agentes de ICE usen instalaciones de la Ciudad para entrevistas u otras investigaciones.
ice-at-city-property_no-consent_guidance = Las pautas de la Ciudad de enero de 2025 tratan de las visitas de ICE a propiedades de la Ciudad. Dicen que el personal no debe dar permiso a ICE para entrar a ningún lugar privado o "sensible" de la Ciudad.
ice-at-city-property_no-consent_admin-warrant = Un formulario de ICE firmado por un oficial de inmigración, como el Formulario I-200 o I-205, no es una orden de un juez. Las reglas del CPD lo llaman "orden administrativa". La ley de Illinois lo llama "orden migratoria civil" (civil immigration warrant).
ice-at-city-property_no-consent_call-lawyer = Si usted trabaja para la Ciudad: las pautas de la Ciudad de enero de 2025 para las visitas de ICE dicen que llame al abogado de su departamento. También dicen que busque al funcionario o supervisor(a) de mayor rango en el lugar. Las pautas dicen que no se haga nada hasta que esa persona llegue.
ice-at-city-property_no-consent_ask-id = Las pautas dicen que el funcionario a cargo debe pedir ver la identificación de los agentes. Dicen que también debe anotar el nombre del oficial de ICE que supervisa. Si un agente se niega, anótelo de inmediato.
ice-at-city-property_no-consent_ask-warrant = Las pautas dicen que el funcionario a cargo debe pedir a los agentes una orden de un juez que permita un registro, y pedir una copia.
ice-at-city-property_no-consent_no-interfere = Si los agentes hacen un registro de todos modos, con o sin una orden de un juez, las pautas dicen que no trate de impedirlo.
ice-at-city-property_no-consent_icirr = Para reportar actividad de agentes de inmigración, llame o envíe un mensaje de texto a la Línea de Apoyo Familiar de ICIRR, las 24 horas del día.
ice-at-city-property_no-consent_not-bound = Estas reglas limitan lo que hacen las agencias y los trabajadores de la Ciudad. No les dan a los trabajadores de la Ciudad poder para frenar a los agentes federales.
ice-at-city-property_no-consent_guidance-status = Las pautas son consejos de los abogados de la Ciudad (la oficina de Corporation Counsel). La Oficina del Alcalde las publicó en enero de 2025. Son una guía, no la ordenanza misma.

## Resultado: una orden de un juez

ice-at-city-property_judicial-warrant = Depende de lo que permita la orden. Revísela, pida una copia y no trate de impedir un registro.
    .summary = La guía de la Ciudad dice que se revise la orden de un juez, se pida una copia y no se intente impedir un registro. Aun así, los trabajadores de la Ciudad no pueden ayudar en la aplicación civil de las leyes de inmigración.
    .verdict = deben revisar la orden, no impedir un registro
ice-at-city-property_judicial-warrant_check-warrant = Las pautas de la Ciudad de enero de 2025 para las visitas de ICE tratan de esto. Dicen que el funcionario a cargo debe pedir ver una orden de un juez que permita el registro, y pedir una copia.
ice-at-city-property_judicial-warrant_no-interfere = Las pautas dicen que no trate de impedir un registro, con o sin una orden de un juez.
ice-at-city-property_judicial-warrant_still-no-help = Aun así, los trabajadores de la Ciudad no pueden ayudar en la aplicación civil de las leyes de inmigración. { -civil-immigration-enforcement-definition }
ice-at-city-property_judicial-warrant_call-lawyer = Si usted trabaja para la Ciudad: las pautas de la Ciudad de enero de 2025 para las visitas de ICE dicen que llame al abogado de su departamento. También dicen que busque al funcionario o supervisor(a) de mayor rango en el lugar. Las pautas dicen que no se haga nada hasta que esa persona llegue.
ice-at-city-property_judicial-warrant_ask-id = Las pautas dicen que el funcionario a cargo debe pedir ver la identificación de los agentes. Dicen que también debe anotar el nombre del oficial de ICE que supervisa. Si un agente se niega, anótelo de inmediato.
ice-at-city-property_judicial-warrant_read-warrant = Mire la orden. { -judicial-warrant-definition } Revise qué lugar o qué persona nombra.
ice-at-city-property_judicial-warrant_icirr = Para reportar actividad de agentes de inmigración, llame o envíe un mensaje de texto a la Línea de Apoyo Familiar de ICIRR, las 24 horas del día.
ice-at-city-property_judicial-warrant_criminal-warrant = Un formulario de ICE firmado por un oficial de inmigración no es una orden de un juez, aunque diga "warrant" (orden) arriba. Las reglas del CPD y la ley de Illinois tratan una orden penal de un juez de forma diferente a un formulario de ICE.
ice-at-city-property_judicial-warrant_not-bound = Estas reglas limitan lo que hacen las agencias y los trabajadores de la Ciudad. No les dan a los trabajadores de la Ciudad poder para frenar a los agentes federales.
ice-at-city-property_judicial-warrant_guidance-status = Las pautas son consejos de los abogados de la Ciudad (la oficina de Corporation Counsel). La Oficina del Alcalde las publicó en enero de 2025. Son una guía, no la ordenanza misma.

## Resultado: agentes en un área pública

ice-at-city-property_public-area = Los trabajadores de la Ciudad no pueden ayudar a los agentes en la aplicación de las leyes de inmigración.
    .summary = Los trabajadores de la Ciudad no pueden ayudar a los agentes en la aplicación civil de las leyes de inmigración. La { -wco } (Welcoming City Ordinance) limita a los trabajadores de la Ciudad, no a los agentes federales.
    .verdict = no pueden ayudar en la aplicación de las leyes de inmigración
ice-at-city-property_public-area_no-help = Las agencias de la Ciudad y sus trabajadores no pueden participar en la aplicación civil de las leyes de inmigración ni ayudar con ella a los agentes federales. { -civil-immigration-enforcement-definition }
ice-at-city-property_public-area_no-facilities = Las agencias de la Ciudad no pueden dejar que los agentes de ICE usen instalaciones de la Ciudad para entrevistas u otras investigaciones.
ice-at-city-property_public-area_no-status = Los trabajadores de la Ciudad no pueden compartir la ciudadanía o el estatus migratorio de nadie a menos que la persona lo acepte por escrito. La otra excepción es una ley, una orden de un tribunal o una orden de arresto o de registro firmada por un juez que lo exija.
ice-at-city-property_public-area_call-lawyer = Si usted trabaja para la Ciudad: las pautas de la Ciudad de enero de 2025 para las visitas de ICE dicen que llame al abogado de su departamento. También dicen que busque al funcionario o supervisor(a) de mayor rango en el lugar. Las pautas dicen que no se haga nada hasta que esa persona llegue.
ice-at-city-property_public-area_ask-id = Las pautas dicen que el funcionario a cargo debe pedir ver la identificación de los agentes. Dicen que también debe anotar el nombre del oficial de ICE que supervisa. Si un agente se niega, anótelo de inmediato.
ice-at-city-property_public-area_stay-silent = Si los agentes le hacen preguntas, la ACLU dice que usted tiene derecho a guardar silencio. No tiene que decir dónde nació, si es ciudadano ni cómo entró a EE. UU.
ice-at-city-property_public-area_free-to-leave = El Centro de Recursos Legales para Inmigrantes (Immigrant Legal Resource Center, ILRC) aconseja preguntar si usted es libre de irse. Si la respuesta es sí, váyase con calma.
ice-at-city-property_public-area_icirr = Para reportar actividad de agentes de inmigración, llame o envíe un mensaje de texto a la Línea de Apoyo Familiar de ICIRR, las 24 horas del día.
ice-at-city-property_public-area_not-bound = Estas reglas limitan lo que hacen las agencias y los trabajadores de la Ciudad. No les dan a los trabajadores de la Ciudad poder para frenar a los agentes federales.
ice-at-city-property_public-area_papers = La ACLU dice que, si usted no es ciudadano y tiene papeles de inmigración, debe mostrarlos si un agente de inmigración se los pide.

## Resultado: los agentes quieren usar una propiedad de la Ciudad

ice-at-city-property_use-property = El personal de la Ciudad no puede dejar que los agentes de inmigración usen instalaciones de la Ciudad para sus investigaciones.
    .summary = La ley de la Ciudad prohíbe dejar que ICE use instalaciones de la Ciudad para entrevistas o investigaciones. CBS News Chicago informó en octubre de 2025 que la orden ejecutiva del Alcalde del 6 de octubre de 2025 también prohíbe usar los lotes y estacionamientos de la Ciudad como bases para la aplicación civil de las leyes de inmigración.
    .verdict = no pueden dejar que ICE use instalaciones de la Ciudad para investigaciones
ice-at-city-property_use-property_facilities = Las agencias de la Ciudad no pueden dejar que los agentes de ICE usen instalaciones de la Ciudad para entrevistas u otras investigaciones.
ice-at-city-property_use-property_no-help = Las agencias de la Ciudad y sus trabajadores no pueden participar en la aplicación civil de las leyes de inmigración ni ayudar con ella a los agentes federales. { -civil-immigration-enforcement-definition }
ice-at-city-property_use-property_free-zones = CBS News Chicago informó en octubre de 2025 sobre una orden del Alcalde. Según CBS, prohíbe usar los estacionamientos, los lotes baldíos y los garajes que son propiedad de la Ciudad o que la Ciudad controla como bases para la aplicación civil de las leyes de inmigración. Esto incluye zonas de preparación y centros de procesamiento, y las propiedades de las Escuelas Públicas de Chicago.
ice-at-city-property_use-property_call-lawyer = Si usted trabaja para la Ciudad: las pautas de la Ciudad de enero de 2025 para las visitas de ICE dicen que llame al abogado de su departamento. También dicen que busque al funcionario o supervisor(a) de mayor rango en el lugar. Las pautas dicen que no se haga nada hasta que esa persona llegue.
ice-at-city-property_use-property_no-consent = Las pautas dicen que no se dé permiso a ICE para entrar a áreas privadas o "sensibles" de la Ciudad. Si los agentes hacen un registro de todos modos, las pautas dicen que no trate de impedirlo.
ice-at-city-property_use-property_report-oig = ¿Un departamento de la Ciudad dejó que agentes de inmigración usaran su propiedad? Puede reportarlo ante la Oficina del Inspector General de la Ciudad.
ice-at-city-property_use-property_icirr = Para reportar actividad de agentes de inmigración, llame o envíe un mensaje de texto a la Línea de Apoyo Familiar de ICIRR, las 24 horas del día.
ice-at-city-property_use-property_not-bound = Estas reglas limitan lo que hacen la Ciudad y sus trabajadores. No les dan a los trabajadores de la Ciudad poder para frenar a los agentes federales.
ice-at-city-property_use-property_guidance-status = Las pautas son consejos de los abogados de la Ciudad (la oficina de Corporation Counsel). La Oficina del Alcalde las publicó en enero de 2025. Son una guía, no la ordenanza misma.

## Resultado: los agentes piden información

ice-at-city-property_information = Los trabajadores de la Ciudad no pueden darles a los agentes de inmigración el estatus migratorio ni los datos de contacto de nadie.
    .summary = La { -wco } (Welcoming City Ordinance) de Chicago prohíbe que los trabajadores de la Ciudad compartan el estatus de cualquier persona, y que respondan las preguntas de ICE sobre la custodia, la fecha de salida o los datos de contacto de una persona. Las excepciones son limitadas.
    .verdict = no pueden compartir con ICE datos de estatus ni de custodia
ice-at-city-property_information_status = Las agencias y los trabajadores de la Ciudad no pueden compartir la ciudadanía o el estatus migratorio de nadie, a menos que la persona lo acepte por escrito.
ice-at-city-property_information_contact-info = Los trabajadores de la Ciudad no pueden dedicar tiempo a responder las preguntas de ICE sobre la custodia, la fecha de salida o los datos de contacto de una persona.
ice-at-city-property_information_databases = Las agencias de la Ciudad no pueden darle a una agencia federal acceso directo a una base de datos de la Ciudad para la aplicación civil de las leyes de inmigración. { -civil-immigration-enforcement-definition }
ice-at-city-property_information_call-lawyer = Si usted trabaja para la Ciudad: las pautas de la Ciudad de enero de 2025 para las visitas de ICE dicen que llame al abogado de su departamento. También dicen que busque al funcionario o supervisor(a) de mayor rango en el lugar. Las pautas dicen que no se haga nada hasta que esa persona llegue.
ice-at-city-property_information_court-papers = Si los agentes dicen que una orden de un tribunal o una orden de arresto o de registro firmada por un juez exige la información, pida una copia y désela al abogado de su departamento.
ice-at-city-property_information_report-oig = ¿Un departamento o un empleado de la Ciudad compartió información en contra de la ordenanza? Puede reportarlo ante la Oficina del Inspector General de la Ciudad.
ice-at-city-property_information_exceptions = Los límites sobre la información del estatus ceden cuando una ley, un reglamento federal, una orden de un tribunal o una orden judicial de arresto o de registro exige otra cosa. También permiten compartirla cuando la persona da su permiso por escrito. Un formulario de ICE no es una orden judicial de arresto o de registro.
ice-at-city-property_information_purely-civil = Hay una excepción a la regla sobre responderle a ICE acerca de la custodia, las fechas de salida y los datos de contacto: los trabajadores de la Ciudad pueden comunicarse con ICE para saber si un asunto trata solo de una violación civil de inmigración, y no de un delito.
