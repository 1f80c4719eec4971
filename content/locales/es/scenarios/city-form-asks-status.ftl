# S13: una oficina de beneficios de la Ciudad o un formulario de la Ciudad pregunta por el estatus migratorio.
# Claves: scenario_<id>, <escenario>_<nodo>, <escenario>_<nodo>_<respuesta, razón, paso o nota>.
# Lenguaje sencillo; sin copiar el texto de las leyes; cada afirmación tiene su cita en el .toml.

scenario_city-form-asks-status = Una oficina o un formulario de la Ciudad le pregunta por su estatus migratorio
    .summary = Por ejemplo, un formulario para solicitar un beneficio o servicio de la Ciudad le pregunta si usted es ciudadano. O un trabajador de la Ciudad le pregunta por sus papeles.

## Pregunta: ¿quién pregunta?

city-form-asks-status_who = ¿Quién le pregunta por el estatus migratorio?
    .hint = La ciudadanía o el estatus migratorio quiere decir si una persona es ciudadana, y si tiene permiso para estar en EE. UU. y de qué tipo.
city-form-asks-status_who_city-form = Un formulario o una solicitud para un beneficio o servicio de la Ciudad de Chicago
city-form-asks-status_who_city-worker = Un trabajador de la Ciudad de Chicago, en persona o por teléfono
city-form-asks-status_who_other-office = Otra oficina, por ejemplo, una oficina estatal, del condado o federal, o una organización privada

## Pregunta: ¿dijeron que una ley lo exige?

city-form-asks-status_reason = ¿La oficina dijo que una ley o una orden de un tribunal exige la pregunta?
city-form-asks-status_reason_no-reason = No, o no lo dijeron
city-form-asks-status_reason_law-requires = Sí, dicen que lo exige una ley, una regla federal o una orden de un tribunal

## Resultado: la Ciudad no puede preguntar

city-form-asks-status_city-may-not-ask = Una oficina de la Ciudad no puede preguntarle por su estatus migratorio.
    .summary = La { -wco } (Welcoming City Ordinance) de Chicago prohíbe las preguntas sobre el estatus en los formularios para beneficios, servicios y oportunidades de la Ciudad, y prohíbe que los trabajadores de la Ciudad pidan el estatus de cualquier persona. Las excepciones son limitadas.
    .verdict = no pueden preguntar por su estatus
city-form-asks-status_city-may-not-ask_forms = La ordenanza prohíbe que algunos formularios de la Ciudad pregunten por la ciudadanía o el estatus migratorio. Son las solicitudes, los cuestionarios y los formularios de entrevista para beneficios, servicios u oportunidades de la Ciudad.
city-form-asks-status_city-may-not-ask_workers = Las agencias y los trabajadores de la Ciudad no pueden pedir, guardar ni compartir la ciudadanía o el estatus migratorio de nadie. Se permite compartirlo si la persona lo acepta por escrito.
city-form-asks-status_city-may-not-ask_review = Los departamentos de la Ciudad deben revisar sus formularios cada año y quitar ese tipo de preguntas.
city-form-asks-status_city-may-not-ask_ask-why = Puede preguntarle a la oficina por qué hace la pregunta y qué ley la exige.
city-form-asks-status_city-may-not-ask_city-worker = Si usted trabaja para la Ciudad: no pregunte por el estatus migratorio. Si un formulario de la Ciudad pregunta por él, avísele a su supervisor(a) para que se corrija el formulario.
city-form-asks-status_city-may-not-ask_report-oig = ¿Un departamento o un empleado de la Ciudad no está cumpliendo la ordenanza? Puede reportarlo ante la Oficina del Inspector General de la Ciudad.
city-form-asks-status_city-may-not-ask_exceptions = Estos límites ceden cuando una ley, un reglamento federal, una orden de un tribunal o una orden judicial de arresto o de registro exige otra cosa. { -judicial-warrant-definition }
city-form-asks-status_city-may-not-ask_city-only = Esta regla trata de los beneficios, servicios y oportunidades de la Ciudad de Chicago. Los programas estatales, del condado y federales siguen sus propias reglas.

## Resultado: la oficina dice que una ley lo exige

city-form-asks-status_may-be-required = Una oficina de la Ciudad solo puede preguntar si lo exige una ley, una regla federal, una orden de un tribunal o una orden de arresto o de registro firmada por un juez.
    .summary = La { -wco } (Welcoming City Ordinance) de Chicago prohíbe las preguntas sobre el estatus en los formularios de la Ciudad. La excepción es cuando lo exige una ley, un reglamento federal, una orden de un tribunal o una orden judicial de arresto o de registro.
    .verdict = pueden preguntar solo si lo exige una obligación legal
city-form-asks-status_may-be-required_exception = La ordenanza limita las preguntas sobre el estatus. Estos límites ceden cuando una ley, un reglamento federal, una orden de un tribunal o una orden judicial de arresto o de registro exige otra cosa.
city-form-asks-status_may-be-required_otherwise-no = Si nada de esto lo exige, los formularios para beneficios, servicios u oportunidades de la Ciudad no pueden preguntar por el estatus.
city-form-asks-status_may-be-required_sharing = Aun así, los trabajadores de la Ciudad no pueden compartir su estatus, salvo en casos limitados: si usted lo acepta por escrito; si lo exige una ley, un reglamento federal, una orden de un tribunal o una orden judicial de arresto o de registro; o si los abogados de la Ciudad (la oficina de Corporation Counsel) investigan el estatus para un caso ante un tribunal o un procedimiento parecido en el que participa la Ciudad.
city-form-asks-status_may-be-required_ask-which-law = Pregúntele a la oficina qué ley o regla exige la pregunta.
city-form-asks-status_may-be-required_lawyer = ¿No está seguro de si debe responder? Hable primero con un abogado de inmigración.
city-form-asks-status_may-be-required_city-worker = Si usted trabaja para la Ciudad: antes de preguntar por el estatus, confirme con su supervisor(a) qué ley exige la pregunta.
city-form-asks-status_may-be-required_report-oig = ¿Cree que un departamento de la Ciudad está preguntando sin una razón legal real? Puede reportarlo ante la Oficina del Inspector General de la Ciudad.
city-form-asks-status_may-be-required_city-only = Esta regla trata de los beneficios, servicios y oportunidades de la Ciudad de Chicago. Los programas estatales, del condado y federales siguen sus propias reglas.

## Resultado: no es una oficina de la Ciudad

city-form-asks-status_not-city = Depende de la oficina. La ordenanza de Chicago cubre las oficinas de la Ciudad de Chicago.
    .summary = La { -wco } (Welcoming City Ordinance) de Chicago solo obliga a las agencias de la Ciudad de Chicago y a sus trabajadores. Las demás oficinas siguen sus propias reglas, y esta guía no trata de ellas.
    .verdict = no están obligadas por la ordenanza de Chicago
city-form-asks-status_not-city_city-only = La ordenanza limita las preguntas sobre el estatus que hacen las agencias y los trabajadores de la Ciudad de Chicago. También las limita en los formularios para beneficios, servicios y oportunidades de la Ciudad.
city-form-asks-status_not-city_not-others = Una ordenanza de la Ciudad no obliga a las oficinas estatales, del condado o federales, ni a las organizaciones privadas.
city-form-asks-status_not-city_ask-why = Puede preguntarle a la oficina por qué necesita la información y quién la va a ver.
city-form-asks-status_not-city_lawyer = ¿No está seguro de si debe responder? Hable primero con un abogado de inmigración.
city-form-asks-status_not-city_sister-agencies = No pudimos leer las definiciones de la ordenanza. Por eso no podemos decir si cubre a organismos públicos separados. Por ejemplo, las Escuelas Públicas de Chicago (Chicago Public Schools) y la Autoridad de Vivienda de Chicago (Chicago Housing Authority).
