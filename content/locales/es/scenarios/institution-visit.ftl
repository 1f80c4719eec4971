# S14: agentes de inmigración llegan a un hospital, a un colegio o universidad pública, o a una
# guardería con licencia.
# Claves: scenario_<id>, <escenario>_<nodo>, <escenario>_<nodo>_<respuesta, razón, paso o nota>.
# Lenguaje sencillo; sin copiar el texto de las leyes; cada afirmación tiene su cita en el .toml.
# Los Arts. 15, 20 y 25 de la P.A. 104-0440 se conocen solo por informes de prensa (Jurist): se atribuyen.

scenario_institution-visit = Agentes de inmigración llegan a un hospital, una universidad o una guardería
    .summary = Una ley de Illinois de 2025 fija obligaciones para los hospitales, los colegios y universidades públicos y las guarderías con licencia. Aquí le explicamos lo que les exige y lo que usted puede hacer.

## Pregunta: ¿dónde están los agentes?

institution-visit_place = ¿Dónde están los agentes de inmigración?
    .hint = ICE (Servicio de Inmigración y Control de Aduanas) es la agencia federal que hace cumplir las leyes de inmigración dentro del país.
institution-visit_place_hospital = En un hospital
institution-visit_place_college = En un colegio o universidad pública
institution-visit_place_day-care = En una guardería con licencia

## Preguntas: ¿se conoce una norma o una persona de contacto?

institution-visit_hospital-contact = ¿Sabe quién se encarga en el hospital de las visitas de agentes de inmigración?
    .hint = Por ejemplo, un empleado o una oficina que aparece en la norma escrita del hospital.
institution-visit_hospital-contact_has-contact = Sí, hay una norma o una persona de contacto
institution-visit_hospital-contact_not-sure = No, o no estoy seguro

institution-visit_college-contact = ¿Sabe quién se encarga en la universidad de las visitas de agentes de inmigración?
    .hint = Por ejemplo, un empleado o una oficina que aparece en los procedimientos escritos de la universidad.
institution-visit_college-contact_has-contact = Sí, hay una norma o una persona de contacto
institution-visit_college-contact_not-sure = No, o no estoy seguro

institution-visit_day-care-contact = ¿Sabe quién se encarga en la guardería de las visitas de agentes de inmigración?
    .hint = Por ejemplo, la directora o el director, o una persona que aparece en la norma escrita de la guardería.
institution-visit_day-care-contact_has-contact = Sí, hay una norma o una persona de contacto
institution-visit_day-care-contact_not-sure = No, o no estoy seguro

## Resultado: hay una norma o una persona de contacto

institution-visit_follow-policy = Según los informes de prensa, estos lugares tienen obligaciones cuando llegan agentes de inmigración. Pida hablar con el contacto que nombra la norma.
    .summary = Los informes de prensa dicen que una ley de Illinois de 2025, la Ley Pública 104-0440 (Public Act 104-0440), exige que los hospitales y las universidades públicas tengan esas normas o procedimientos, y les da obligaciones parecidas a las guarderías con licencia. La norma le dice al personal qué hacer; no limita a los agentes federales.
    .verdict = tienen obligaciones cuando llegan agentes de inmigración, según los informes
institution-visit_follow-policy_policies = Jurist, un servicio de noticias legales, informó que la ley exige que los hospitales y los colegios y universidades públicos adopten normas o procedimientos sobre la aplicación de las leyes de inmigración. Informó que las guarderías con licencia tienen obligaciones parecidas.
institution-visit_follow-policy_contents = En el caso de los hospitales, Jurist informó que la norma debe nombrar contactos legales, verificar la identificación de los agentes (sus "credenciales") y proteger la información de los pacientes.
institution-visit_follow-policy_no-disclose = Según los informes de prensa, las escuelas y los centros de cuidado infantil no pueden compartir el estatus migratorio de nadie, a menos que la ley lo exija. Esto incluye el estatus que ellos creen que tiene una persona.
institution-visit_follow-policy_ask-contact = Pida al personal que llame a la persona o a la oficina que nombra la norma.
institution-visit_follow-policy_staff = Si usted trabaja allí: siga la norma y llame al contacto que nombra.
institution-visit_follow-policy_rights = Si los agentes le hacen preguntas, usted puede guardar silencio, según las organizaciones de ayuda legal. No firme nada antes de hablar con un abogado.
institution-visit_follow-policy_no-resist = No corra ni se resista físicamente. La ACLU dice que no se resista, aunque crea que están violando sus derechos.
institution-visit_follow-policy_icirr = Para recibir ayuda, o para reportar actividad de agentes de inmigración, llame o envíe un mensaje de texto a la Línea de Apoyo Familiar de ICIRR, las 24 horas del día.
institution-visit_follow-policy_not-bound = Estas reglas son obligaciones del hospital, de la universidad o de la guardería. No limitan lo que pueden hacer los agentes federales.
institution-visit_follow-policy_rights-source = Sus propios derechos cuando los agentes le hacen preguntas vienen de la Constitución de EE. UU., no de esta ley. La ACLU dice que usted los tiene sin importar su estatus migratorio.

## Resultado: un hospital

institution-visit_hospital = Según los informes de prensa, la ley de Illinois exige que los hospitales tengan una norma para las visitas de agentes de inmigración.
    .summary = Los informes de prensa dicen que una ley de Illinois de 2025, la Ley Pública 104-0440 (Public Act 104-0440), exige que los hospitales tengan esta norma. La norma le dice al personal del hospital qué hacer; no limita a los agentes federales.
    .verdict = deben tener una norma para los agentes de inmigración, según los informes
institution-visit_hospital_deadline = Jurist, un servicio de noticias legales, informó que los hospitales tenían que adoptar una norma sobre la aplicación de las leyes de inmigración a más tardar en marzo de 2026.
institution-visit_hospital_contents = Jurist informó que la norma debe nombrar contactos legales, verificar la identificación de los agentes (sus "credenciales") y proteger la información de los pacientes.
institution-visit_hospital_fines = Jurist informó que el Departamento de Salud Pública de Illinois puede multar hasta con $500 al día a un hospital que no cumpla estas reglas.
institution-visit_hospital_ask-contact = Pida al personal del hospital hablar con la persona o la oficina que nombra la norma del hospital.
institution-visit_hospital_staff = Si usted trabaja en el hospital: siga la norma y llame al contacto que nombra.
institution-visit_hospital_rights = Si los agentes le hacen preguntas, usted puede guardar silencio, según las organizaciones de ayuda legal. No firme nada antes de hablar con un abogado.
institution-visit_hospital_no-resist = No corra ni se resista físicamente. La ACLU dice que no se resista, aunque crea que están violando sus derechos.
institution-visit_hospital_icirr = Para recibir ayuda, o para reportar actividad de agentes de inmigración, llame o envíe un mensaje de texto a la Línea de Apoyo Familiar de ICIRR, las 24 horas del día.
institution-visit_hospital_not-bound = Estas reglas son obligaciones del hospital. No limitan lo que pueden hacer los agentes federales.
institution-visit_hospital_rights-source = Sus propios derechos cuando los agentes le hacen preguntas vienen de la Constitución de EE. UU., no de esta ley. La ACLU dice que usted los tiene sin importar su estatus migratorio.

## Resultado: un colegio o universidad pública

institution-visit_college = Según los informes de prensa, la ley de Illinois exige que los colegios y universidades públicos tengan procedimientos sobre la aplicación de las leyes de inmigración.
    .summary = Los informes de prensa dicen que una ley de Illinois de 2025, la Ley Pública 104-0440 (Public Act 104-0440), exige que los colegios y universidades públicos tengan estos procedimientos. Los procedimientos le dicen al personal de la universidad qué hacer; no limitan a los agentes federales.
    .verdict = deben tener procedimientos para la aplicación de las leyes de inmigración, según los informes
institution-visit_college_deadline = Jurist, un servicio de noticias legales, informó que los colegios y universidades públicos tenían que tener procedimientos sobre la aplicación de las leyes de inmigración a más tardar el 1 de enero de 2026.
institution-visit_college_details = Los informes de prensa que encontramos no dicen qué deben contener los procedimientos de las universidades. Pídale una copia a la universidad.
institution-visit_college_ask-contact = Pida a la universidad hablar con la persona o la oficina que nombran sus procedimientos.
institution-visit_college_staff = Si usted trabaja en la universidad: siga sus procedimientos y llame al contacto que nombran.
institution-visit_college_rights = Si los agentes le hacen preguntas, usted puede guardar silencio, según las organizaciones de ayuda legal. No firme nada antes de hablar con un abogado.
institution-visit_college_no-resist = No corra ni se resista físicamente. La ACLU dice que no se resista, aunque crea que están violando sus derechos.
institution-visit_college_icirr = Para recibir ayuda, o para reportar actividad de agentes de inmigración, llame o envíe un mensaje de texto a la Línea de Apoyo Familiar de ICIRR, las 24 horas del día.
institution-visit_college_not-bound = Estas reglas son obligaciones de la universidad. No limitan lo que pueden hacer los agentes federales.
institution-visit_college_rights-source = Sus propios derechos cuando los agentes le hacen preguntas vienen de la Constitución de EE. UU., no de esta ley. La ACLU dice que usted los tiene sin importar su estatus migratorio.

## Resultado: una guardería con licencia

institution-visit_day-care = Según los informes de prensa, la ley de Illinois fija reglas para las guarderías con licencia cuando llegan agentes de inmigración.
    .summary = Los informes de prensa dicen que una ley de Illinois de 2025, la Ley Pública 104-0440 (Public Act 104-0440), fija estas obligaciones. Le dicen a la guardería qué hacer; no limitan a los agentes federales.
    .verdict = tienen obligaciones cuando llegan agentes de inmigración, según los informes
institution-visit_day-care_similar = Jurist, un servicio de noticias legales, informó que las guarderías con licencia tienen obligaciones parecidas a las de los hospitales y los colegios y universidades públicos. Estos deben tener normas o procedimientos sobre la aplicación de las leyes de inmigración.
institution-visit_day-care_no-disclose = Según los informes de prensa, los centros de cuidado infantil y las escuelas no pueden compartir el estatus migratorio de nadie, a menos que la ley lo exija. Esto incluye el estatus que ellos creen que tiene una persona.
institution-visit_day-care_ask-contact = Pregúntele a la dirección de la guardería quién se encarga de las visitas de agentes de inmigración, y si la guardería tiene una norma escrita.
institution-visit_day-care_staff = Si usted trabaja en la guardería: siga su norma y llame al contacto que nombra.
institution-visit_day-care_rights = Si los agentes le hacen preguntas, usted puede guardar silencio, según las organizaciones de ayuda legal. No firme nada antes de hablar con un abogado.
institution-visit_day-care_icirr = Para recibir ayuda, o para reportar actividad de agentes de inmigración, llame o envíe un mensaje de texto a la Línea de Apoyo Familiar de ICIRR, las 24 horas del día.
institution-visit_day-care_not-bound = Estas reglas son obligaciones de la guardería. No limitan lo que pueden hacer los agentes federales.
institution-visit_day-care_rights-source = Sus propios derechos cuando los agentes le hacen preguntas vienen de la Constitución de EE. UU., no de esta ley. La ACLU dice que usted los tiene sin importar su estatus migratorio.
