# Mitos y realidades (../../myths.toml): myth_<id> es el mito como lo dice la gente, .fact la
# corrección corta, .explanation las razones en palabras sencillas. Cada afirmación tiene su cita en myths.toml.

myth_carve-outs = La policía de Chicago puede entregar a alguien a ICE si la persona tiene antecedentes de delito grave (felony) o está en la base de datos de pandillas.
    .fact = Falso desde 2021.
    .explanation = Antes, la ordenanza tenía excepciones para personas con ciertos antecedentes penales o que estaban en la base de datos de pandillas. El Concejo Municipal eliminó esas excepciones en enero de 2021, con una votación de 41 a 8. Hoy la policía de la Ciudad no puede ayudar en la aplicación civil de las leyes de inmigración, sean cuales sean los antecedentes de la persona.
myth_detainer-48-hours = Una solicitud de detención de ICE obliga por ley a la cárcel a retener a una persona por 48 horas.
    .fact = Falso en Illinois.
    .explanation = Una solicitud de detención migratoria ("detainer") es una petición por escrito de ICE para que la policía o una cárcel retenga a alguien. Un juez no la firma. La policía en Illinois no puede retener a nadie solo por una solicitud de detención, y la ordenanza de Chicago dice lo mismo para las agencias de la Ciudad. La ordenanza del Condado de Cook, tal como aparece en el sitio legislativo del Condado, le indica al Sheriff que rechace las solicitudes de detención, a menos que exista un acuerdo por escrito para pagarle todos los costos.
myth_ice-warrant-is-a-judges-warrant = Una "orden" de ICE es lo mismo que una orden de un juez.
    .fact = Falso.
    .explanation = Los formularios de ICE, como el Formulario I-200 y el I-205, los firman oficiales de inmigración, no jueces. La ley de Illinois los llama órdenes migratorias civiles. La policía de Chicago y de Illinois no puede arrestar ni retener a nadie por una de ellas. ABC News informó en enero de 2026 sobre un memorando de ICE que afirma que estos formularios, junto con una orden final de deportación, permiten que los agentes entren en una casa. Esa afirmación está en disputa.
myth_sanctuary-stops-ice = Ser una "ciudad santuario" significa que ICE no puede arrestar a nadie en Chicago.
    .fact = Falso.
    .explanation = La ordenanza de Chicago limita lo que hacen las agencias y los trabajadores de la Ciudad. La { -trust } limita lo que hace la policía en Illinois. Ninguna de las dos leyes obliga a los agentes federales, así que ICE conserva sus propios poderes federales en Chicago.
myth_police-ask-birthplace = La policía puede preguntarle dónde nació cuando lo detiene.
    .fact = Falso para la policía en Illinois.
    .explanation = La policía en Illinois no puede preguntar por la ciudadanía, el estatus migratorio o el lugar de nacimiento de nadie a quien detenga o retenga. Las excepciones limitadas son decirle a una persona arrestada que puede comunicarse con su consulado, y algunas verificaciones de las leyes de armas de fuego.
myth_cpd-cannot-respond = La policía de Chicago no puede responder a nada cuando ICE está presente.
    .fact = Falso.
    .explanation = La policía de Chicago sigue respondiendo a emergencias y haciendo cumplir la ley penal. Lo que no puede hacer es ayudar en la aplicación civil de las leyes de inmigración en sí, por ejemplo, montar un perímetro de tráfico o dar apoyo en el lugar. La guía de 2025 del Procurador General de Illinois dice que la ley estatal no impide que la policía haga su trabajo en investigaciones penales.
myth_traffic-control-is-not-help = Ayudar a ICE a controlar el tráfico no es realmente "ayudar".
    .fact = Falso.
    .explanation = La ordenanza lo dice claramente: los agentes de la Ciudad no pueden montar un perímetro de tráfico ni dar apoyo en el lugar para un operativo migratorio civil.
myth_court-struck-down = Un tribunal anuló las leyes santuario de Chicago y de Illinois.
    .fact = Falso.
    .explanation = El Departamento de Justicia de EE. UU. demandó por estas leyes en febrero de 2025. Un juez federal desestimó el caso en julio de 2025, y EE. UU. apeló ante el Tribunal de Apelaciones del Séptimo Circuito. No encontramos ninguna decisión sobre la apelación. Las leyes siguen en el código de la Ciudad y en la ley de Illinois.
myth_no-sharing-at-all = La policía en Illinois nunca puede compartir ninguna información con el gobierno federal.
    .fact = Falso.
    .explanation = La { -trust } dice que no limita el envío ni la recepción de información sobre la ciudadanía o el estatus migratorio bajo dos leyes federales, 8 U.S.C. secciones 1373 y 1644. La guía de 2025 del Procurador General de Illinois dice que la policía sigue trabajando en investigaciones penales. Lo que las leyes prohíben es ayudar en la aplicación civil de las leyes de inmigración, por ejemplo, responderle a ICE sobre fechas de salida. La ordenanza de Chicago también permite compartir información cuando lo exige una ley, una orden de un tribunal o una orden judicial.
myth_calling-911-means-deportation = Si usted es una víctima indocumentada y llama al 911, lo van a deportar.
    .fact = Falso en cuanto a la policía de Chicago y de Illinois.
    .explanation = La policía de Chicago y de Illinois no puede arrestar a nadie solo por su estatus migratorio. Los trabajadores de la Ciudad, incluida la policía, no pueden pedir ni compartir el estatus, con excepciones limitadas. Las víctimas de delitos pueden pedirle a la policía que firme el formulario que necesitan para solicitar una visa U. Estas leyes no obligan a los agentes federales.
myth_started-in-2012 = Las protecciones de Chicago empezaron en 2012.
    .fact = En parte falso.
    .explanation = Block Club Chicago informó que la política comenzó con una orden ejecutiva del alcalde Harold Washington en 1985 y que se escribió por primera vez en el código de la Ciudad en 2006. La "{ -wco }" (Welcoming City Ordinance) en sí es del 12 de septiembre de 2012.
myth_no-rights-without-papers = Las personas indocumentadas no tienen derechos constitucionales, así que deben responder las preguntas de ICE.
    .fact = Falso.
    .explanation = La ACLU explica que todas las personas en EE. UU. tienen derecho a guardar silencio y a negarse a dar permiso para un registro, sin importar su estatus. Un detalle: las personas que no son ciudadanas y tienen papeles de inmigración deben llevarlos consigo y mostrarlos si un agente de inmigración se los pide.
myth_jails-rent-beds-to-ice = Las cárceles de los condados de Illinois todavía pueden rentarle camas a ICE.
    .fact = Falso desde enero de 2022.
    .explanation = Informes de prensa y una decisión de un tribunal federal describen los cambios de 2021 a la { -trust } como una prohibición para que las agencias estatales y locales tengan contratos para retener a personas en detención migratoria. Los contratos que ya existían tenían que terminar a más tardar el 1 de enero de 2022.
myth_courthouse-arrests-impossible = Los arrestos de inmigración en los tribunales ya son imposibles en Illinois.
    .fact = Es una exageración.
    .explanation = Una ley de Illinois de 2025 prohíbe los arrestos civiles, incluidos los arrestos de inmigración sin una orden de un juez, de personas que van a un tribunal, están en él o salen de él, dentro de los edificios de los tribunales y a menos de 1,000 pies (unos 305 metros). No prohíbe los arrestos penales. El Departamento de Justicia de EE. UU. demandó por esta ley el 22 de diciembre de 2025, y todavía no encontramos ninguna decisión.
# TODO(translate)
myth_nothing-limits-ice = Nothing limits what ICE can do in Chicago.
    .fact = False, but the limits are narrow.
    .explanation = Chicago's { -wco } and the { -trust } limit what police and City workers do, not what ICE does. But some things do reach ICE. According to the lawyers for the people who sued, the National Immigrant Justice Center (NIJC) and the ACLU of Illinois, a federal court order in a class action, Castañon Nava v. DHS, made ICE adopt a policy that limits some arrests without a warrant and some vehicle stops. They say people arrested that way in ICE's Chicago area may be able to ask for remedies under it. As of the latest information we found (October 2025), the order ran to February 2, 2026, so ask NIJC or the ICIRR hotline whether it still applies. A 2025 Illinois law also lets people sue anyone, federal agents included, who violates their constitutional rights during civil immigration enforcement. The U.S. Department of Justice sued over that law on December 22, 2025, and we found no ruling yet. And the Immigrant Legal Resource Center says everyone has rights under the U.S. Constitution, such as the right to stay silent, whatever their status.
# TODO(translate)
myth_stopped-for-status = Police can stop you just because they think you are undocumented.
    .fact = False for Chicago and Illinois police.
    .explanation = Chicago's { -wco } says City police may not stop, arrest or hold anyone only because they believe the person is in the U.S. without permission or broke a civil immigration rule. The { -trust } says police anywhere in Illinois may not stop, arrest, search or hold anyone only because of their citizenship or immigration status. The word "only" matters: police may still act on a crime. The Illinois Attorney General's 2025 guidance says state law does not stop police from doing their jobs in criminal investigations. These laws limit police, not federal immigration agents.
# TODO(translate)
myth_calling-911-asks-status = If you call 911 in Chicago, the police will ask about your immigration status.
    .fact = False: Chicago police may not ask, except in narrow cases.
    .explanation = Chicago's { -wco } says City agencies and their workers, including police, may not ask for, keep or share anyone's citizenship or immigration status. The exceptions are narrow: a statute, federal regulation, court order or judicial warrant requires it, the person agrees in writing, or the City's lawyers need it for a case involving the City. The { -trust } also says police anywhere in Illinois may not ask about the citizenship, immigration status or place of birth of anyone they stop or hold, with narrow exceptions. Police also may not stop or arrest anyone only because of their status. These laws say what police and City workers may not do. They do not bind federal agents, and they cannot promise that no record about you ever reaches a federal agency.
# TODO(translate)
myth_police-287g = Chicago or Illinois police can sign up to work as ICE agents under a "287(g)" agreement.
    .fact = False in Illinois.
    .explanation = A 287(g) agreement, under a federal program, lets local officers act as immigration agents. The Keep Illinois Families Together Act, passed in 2019, says no police agency or official in Illinois may enter into or stay in one. Chicago's { -wco } also bars City agencies from making such agreements. Police may still do their ordinary public-safety work. These laws limit police in Illinois, not federal immigration agents.
