# S2: agentes de inmigración le piden a la policía de Chicago que bloquee una calle, monte un perímetro de tráfico o "se quede a la espera".
# Claves: scenario_<id>, <escenario>_<nodo>, <escenario>_<nodo>_<respuesta, razón, paso o nota>.
# Lenguaje sencillo; sin copiar el texto de las leyes; cada afirmación tiene su cita en el .toml.

scenario_ice-asks-for-perimeter = Agentes de inmigración le piden a la policía de Chicago que bloquee una calle o que se quede a la espera
    .summary = Por ejemplo, ICE les pide a los oficiales que cierren una cuadra, que controlen el tráfico alrededor de una redada o que esperen cerca por si los agentes necesitan ayuda.

## Pregunta: ¿para qué es la ayuda?

ice-asks-for-perimeter_purpose = ¿Para qué quieren los agentes que se cierre la calle, o que los oficiales estén cerca?
    .hint = ICE (Servicio de Inmigración y Control de Aduanas) es la agencia federal que hace cumplir las leyes de inmigración dentro del país. Un "perímetro de tráfico" quiere decir cerrar o controlar las calles alrededor de un lugar.
ice-asks-for-perimeter_purpose_immigration = Un arresto o una redada de inmigración
ice-asks-for-perimeter_purpose_criminal-warrant = Un arresto con una orden penal firmada por un juez
ice-asks-for-perimeter_purpose_safety = Un delito, una multitud o alguien en peligro en el lugar
ice-asks-for-perimeter_purpose_not-sure = No estoy seguro de para qué es

## Resultado: para un arresto o una redada de inmigración

ice-asks-for-perimeter_no-support = La policía de Chicago no puede bloquear calles ni quedarse a la espera para un operativo de inmigración.
    .summary = Esto es aplicación civil de las leyes de inmigración, no una investigación de un delito. La ley de la Ciudad le prohíbe a la policía de Chicago apoyarla en el lugar.
    .verdict = no puede cerrar calles ni quedarse a la espera para ICE
ice-asks-for-perimeter_no-support_perimeter = La { -wco } (Welcoming City Ordinance) de Chicago dice que las agencias de la Ciudad y sus empleados, incluida la policía, no pueden montar un perímetro de tráfico para un operativo migratorio civil.
ice-asks-for-perimeter_no-support_stand-by = La misma regla prohíbe cualquier otro apoyo en el lugar para el operativo. Esperar cerca para respaldar a los agentes es un apoyo de ese tipo.
ice-asks-for-perimeter_no-support_city-law = En general, las agencias de la Ciudad y sus empleados no pueden participar en la aplicación civil de las leyes de inmigración ni ayudar con ella a los agentes federales. { -civil-immigration-enforcement-definition }
ice-asks-for-perimeter_no-support_state-help = La { -trust } también limita a la policía de cualquier parte de Illinois. La guía de 2025 del Procurador General de Illinois dice que la policía no puede ayudar a los agentes de inmigración "de ninguna manera". Las excepciones son cuando los agentes tienen una orden penal o cuando una ley federal lo exige de forma específica.
ice-asks-for-perimeter_no-support_officer = Si usted es oficial: no cierre calles, no dirija el tráfico y no espere en el lugar para el operativo de los agentes. CBS News Chicago informó el 27 de enero de 2021 que un(a) supervisor(a) debe aprobar cualquier solicitud de ayuda de los agentes de inmigración, así que llame a un(a) supervisor(a).
ice-asks-for-perimeter_no-support_witness = Si ve a la policía de Chicago bloqueando calles o vigilando una redada de inmigración, anote la fecha, la hora y el lugar. Apunte cualquier número de placa o de patrulla.
ice-asks-for-perimeter_no-support_report-copa = Puede reportar a un oficial de la policía de Chicago ante la Oficina Civil de Rendición de Cuentas de la Policía (COPA).
ice-asks-for-perimeter_no-support_report-oig = Puede reportar a un empleado de la Ciudad que no cumplió la ordenanza ante la Oficina del Inspector General de la Ciudad.
ice-asks-for-perimeter_no-support_icirr = Para reportar actividad de agentes de inmigración o conseguir ayuda para una familia, llame o envíe un mensaje de texto a la Línea de Apoyo Familiar de ICIRR, las 24 horas del día.
ice-asks-for-perimeter_no-support_still-respond = La ordenanza no impide que la policía actúe si ocurre un delito o si alguien está en peligro en el mismo lugar. Aun así, no puede ayudar en el operativo de inmigración en sí.
ice-asks-for-perimeter_no-support_supervisor = CBS News Chicago informó en 2021 que, según la ordenanza actualizada, un(a) supervisor(a) de la policía debe aprobar cualquier solicitud de ayuda de los agentes de inmigración.
ice-asks-for-perimeter_no-support_ice-not-bound = Estas leyes limitan lo que hace la policía de Chicago y de Illinois. No impiden que los agentes federales de inmigración hagan arrestos por su cuenta.

## Resultado: un arresto con una orden penal de un juez

ice-asks-for-perimeter_criminal-warrant = Los límites sobre inmigración no prohíben que la policía ayude en un arresto con una orden penal de un juez.
    .summary = Una orden penal firmada por un juez no es un documento de inmigración. Los límites de la Ciudad y del estado sobre ayudar a los agentes de inmigración no prohíben que la policía ayude en ese arresto.
    .verdict = puede ayudar con una orden penal de un juez
ice-asks-for-perimeter_criminal-warrant_civil-only = La prohibición de la Ciudad sobre los perímetros de tráfico y el apoyo en el lugar cubre los operativos migratorios civiles.
ice-asks-for-perimeter_criminal-warrant_not-administrative = Las propias reglas del Departamento de Policía de Chicago dicen que una orden penal, emitida por un juez que encontró causa probable, no es una "orden administrativa" (administrative warrant). Una orden administrativa es un documento de inmigración, como un formulario de ICE, que ningún juez firmó.
ice-asks-for-perimeter_criminal-warrant_ag-exception = La guía de 2025 del Procurador General de Illinois dice que la prohibición estatal de ayudar a los agentes de inmigración no se aplica cuando los agentes tienen una orden penal.
ice-asks-for-perimeter_criminal-warrant_check-warrant = Pida ver la orden. { -judicial-warrant-definition } Un formulario de ICE o una orden de deportación (removal order) no lo son.
ice-asks-for-perimeter_criminal-warrant_officer = Si usted es oficial: revise la orden antes de ayudar. CBS News Chicago informó el 27 de enero de 2021 que un(a) supervisor(a) debe aprobar cualquier solicitud de ayuda de los agentes de inmigración, así que llame a un(a) supervisor(a).
ice-asks-for-perimeter_criminal-warrant_lawyer = Si a usted o a alguien que conoce lo arrestan, pida un abogado. La línea de First Defense Legal Aid pone a las personas en contacto con ayuda legal gratuita después de un arresto, las 24 horas del día.
ice-asks-for-perimeter_criminal-warrant_ice-form = Un formulario de ICE como el Formulario I-200 o I-205 no es una orden penal, aunque diga "warrant" (orden) arriba. Si ese es el único documento, se trata de un operativo de inmigración, y la policía no puede ayudar.
ice-asks-for-perimeter_criminal-warrant_mixed = Si los agentes también hacen arrestos de inmigración en el mismo lugar, la policía no puede ayudar con esos arrestos.
ice-asks-for-perimeter_criminal-warrant_still-no-status = Aun así, la policía no puede detener, arrestar ni retener a nadie solo por su estatus migratorio.
ice-asks-for-perimeter_criminal-warrant_supervisor = CBS News Chicago informó en 2021 que, según la ordenanza actualizada, un(a) supervisor(a) de la policía debe aprobar cualquier solicitud de ayuda de los agentes de inmigración.

## Resultado: un delito, una multitud o alguien en peligro

ice-asks-for-perimeter_public-safety = La policía puede atender el delito o el peligro, pero no ayudar en el operativo de inmigración.
    .summary = La policía de Chicago sigue respondiendo a emergencias y haciendo cumplir la ley penal, sea cual sea el estatus migratorio de cualquier persona. No puede aprovechar el momento para apoyar el operativo de inmigración.
    .verdict = puede atender el delito o el peligro, no la aplicación de las leyes de inmigración
ice-asks-for-perimeter_public-safety_only-status = La ley de la Ciudad prohíbe detener y arrestar a alguien solo porque se cree que está en EE. UU. sin permiso o que violó una regla civil de inmigración. No impide que la policía actúe cuando alguien está en peligro o cuando ocurre un delito.
ice-asks-for-perimeter_public-safety_ag-criminal = La guía de 2025 del Procurador General de Illinois dice que la ley estatal no impide que la policía haga su trabajo en investigaciones penales.
ice-asks-for-perimeter_public-safety_no-support = Aun así, la policía no puede montar un perímetro de tráfico ni dar otro apoyo en el lugar para el operativo de inmigración en sí.
ice-asks-for-perimeter_public-safety_call-911 = Si alguien está herido o en peligro, llame al 911.
ice-asks-for-perimeter_public-safety_officer = Si usted es oficial: atienda el peligro o el delito. No cierre calles ni vigile el lugar para ayudar en el operativo de los agentes. CBS News Chicago informó el 27 de enero de 2021 que un(a) supervisor(a) debe aprobar cualquier solicitud de ayuda de los agentes de inmigración, así que llame a un(a) supervisor(a).
ice-asks-for-perimeter_public-safety_witness = Si es seguro hacerlo, anote la fecha, la hora y el lugar, lo que pasó, y cualquier número de placa o de patrulla.
ice-asks-for-perimeter_public-safety_icirr = Para reportar actividad de agentes de inmigración o conseguir ayuda para una familia, llame o envíe un mensaje de texto a la Línea de Apoyo Familiar de ICIRR, las 24 horas del día.
ice-asks-for-perimeter_public-safety_supervisor = CBS News Chicago informó en 2021 que, según la ordenanza actualizada, un(a) supervisor(a) de la policía debe aprobar cualquier solicitud de ayuda de los agentes de inmigración.
ice-asks-for-perimeter_public-safety_ice-not-bound = Estas leyes limitan lo que hace la policía de Chicago y de Illinois. No impiden que los agentes federales de inmigración hagan arrestos por su cuenta.

## Resultado: no se sabe para qué es

ice-asks-for-perimeter_supervisor-decides = Depende de para qué sea la ayuda.
    .summary = Según informes de prensa, un(a) supervisor(a) de la policía decide cómo responde la policía de Chicago a una solicitud de los agentes de inmigración. No se permite ayudar en la aplicación civil de las leyes de inmigración; sí se permite que la policía actúe ante un delito o una emergencia.
    .verdict = puede atender delitos o emergencias, no la aplicación de las leyes de inmigración
ice-asks-for-perimeter_supervisor-decides_supervisor = CBS News Chicago informó en 2021 que, según la ordenanza actualizada, un(a) supervisor(a) de la policía debe aprobar cualquier solicitud de ayuda de los agentes de inmigración.
ice-asks-for-perimeter_supervisor-decides_civil-no = Si el cierre de la calle o la espera es para un arresto o una redada de inmigración, la ley de la Ciudad dice que la policía no puede hacerlo. { -civil-immigration-enforcement-definition }
ice-asks-for-perimeter_supervisor-decides_state-no = La ley estatal también limita a la policía de cualquier parte de Illinois. La guía de 2025 del Procurador General de Illinois dice que la policía no puede ayudar a los agentes de inmigración. Las excepciones son cuando los agentes tienen una orden penal o cuando una ley federal lo exige de forma específica.
ice-asks-for-perimeter_supervisor-decides_crime-yes = Si se necesita a la policía por un delito o por alguien en peligro, puede tomar las medidas policiales normales.
ice-asks-for-perimeter_supervisor-decides_officer = Si usted es oficial: no responda usted mismo(a) a la solicitud. CBS News Chicago informó el 27 de enero de 2021 que un(a) supervisor(a) debe aprobar cualquier solicitud de ayuda de los agentes de inmigración, así que llame a un(a) supervisor(a).
ice-asks-for-perimeter_supervisor-decides_icirr = Para reportar actividad de agentes de inmigración o conseguir ayuda para una familia, llame o envíe un mensaje de texto a la Línea de Apoyo Familiar de ICIRR, las 24 horas del día.
ice-asks-for-perimeter_supervisor-decides_ice-not-bound = Estas leyes limitan lo que hace la policía de Chicago y de Illinois. No impiden que los agentes federales de inmigración hagan arrestos por su cuenta.
