# Notas para quien da la capacitación en el modo de presentación (/<lang>/present/<situation>), que
# se muestran con N: un plan sugerido con minutos, preguntas para conversar y preguntas frecuentes del
# grupo, con el lugar del sitio donde se responden. La estructura está en el archivo de cada situación
# (content/scenarios/<id>.toml, `[trainer]`); las palabras están aquí, con el nombre
# present-notes_<situation>_<kind>_<id>. Solo las usa el modo de presentación (la parte `present`).
# Las notas no hacen afirmaciones legales propias: las diapositivas de respuesta llevan la ley, sus
# fuentes y las líneas de ayuda. Nunca le pregunte a nadie del grupo por su propio estatus.

## agents-approach-you
present-notes_agents-approach-you_plan_open = Muestre la diapositiva "Siga la presentación en su teléfono". Pregunte: ¿dónde les preocupa más a las personas encontrarse con agentes de inmigración? Escriba en una pizarra los lugares que mencione el grupo. Coincidirán con las cuatro respuestas de la primera pregunta.
present-notes_agents-approach-you_plan_walk = Muestre la primera pregunta y deje que el grupo vote. Elija "En la calle o en otro lugar público". En la diapositiva "¿Cuál es la respuesta?", pregunte qué creen las personas que pueden hacer. Presione → para mostrar la respuesta. Lea los pasos en voz alta, y pida al grupo que diga a la vez "Quiero guardar silencio" y "¿Soy libre de irme?".
present-notes_agents-approach-you_plan_compare = Presione ← y elija "En casa". Pida al grupo que prediga la respuesta y luego muéstrela. Lea despacio la razón sobre el memorando de ICE y el paso sobre no resistirse.
present-notes_agents-approach-you_plan_discuss = Ponga la pantalla en negro (B) y use una o dos de las preguntas para conversar de abajo. Termine con la línea de ayuda de la diapositiva de la respuesta.
present-notes_agents-approach-you_prompt_hardest-step = ¿Cuál de estos pasos le costaría más recordar si tuviera miedo? ¿Cómo podríamos ayudarnos unos a otros a recordarlos?
present-notes_agents-approach-you_prompt_household-plan = ¿A quién llamaría usted primero? ¿Todas las personas de su casa saben quién es?
present-notes_agents-approach-you_question_where-born = ¿Tengo que decirles a los agentes dónde nací?
present-notes_agents-approach-you_question_open-door = ¿Tengo que abrir la puerta?
present-notes_agents-approach-you_question_anything-limits-ice = ¿Hay algo que limite lo que ICE puede hacer en Chicago?

## agents-at-home
present-notes_agents-at-home_plan_open = Muestre la diapositiva "Siga la presentación en su teléfono". Pregunte: si alguien tocara a la puerta y dijera "inmigración", ¿qué querría saber usted antes de hacer cualquier cosa? Escuche dos respuestas.
present-notes_agents-at-home_plan_walk = Muestre la primera pregunta y deje que el grupo vote. Elija "Hay agentes tocando a la puerta y quieren entrar" y luego "No, o no quieren mostrarla". En la diapositiva "¿Cuál es la respuesta?", pregunte qué esperan las personas. Presione → para mostrar la respuesta y lea los pasos en voz alta.
present-notes_agents-at-home_plan_compare = Presione Home y elija "Los agentes muestran un documento de un juez de inmigración, como una orden de deportación (removal order)". Pida al grupo que prediga la respuesta. Muéstrela y luego lea despacio la razón sobre el memorando de ICE y el paso sobre no resistirse. Señale que la respuesta dice que la afirmación de ICE está en disputa.
present-notes_agents-at-home_plan_discuss = Ponga la pantalla en negro (B) y use una o dos de las preguntas para conversar de abajo. Termine con la línea de ayuda de la diapositiva de la respuesta.
present-notes_agents-at-home_prompt_whole-household = ¿Quiénes en una casa deberían saber qué hacer si los agentes tocan a la puerta? ¿Cómo se lo explicaría a los niños o a los familiares mayores?
present-notes_agents-at-home_prompt_stay-calm = ¿Qué le ayudaría a mantener la calma en la puerta, y a acordarse de anotar lo que pasó después?
present-notes_agents-at-home_question_open-door = ¿Tengo que abrir la puerta si ICE toca?
present-notes_agents-at-home_question_deportation-order = ¿ICE puede entrar si alguien en la casa tiene una orden de deportación?
present-notes_agents-at-home_question_police-with-ice = Vinieron policías de Chicago con los agentes. ¿Tienen permitido ayudar?

## city-form-asks-status
present-notes_city-form-asks-status_plan_open = Muestre la diapositiva "Siga la presentación en su teléfono". Pregunte: ¿qué tipos de formularios de la Ciudad llenan las personas de esta comunidad para obtener un beneficio o un servicio? Hable de los formularios en general. No le pregunte a nadie por sus propios formularios ni por su propio estatus. Escuche dos respuestas.
present-notes_city-form-asks-status_plan_walk = Muestre la primera pregunta y deje que el grupo vote. Elija "Un formulario o una solicitud para un beneficio o servicio de la Ciudad de Chicago" y luego "No, o no lo dijeron". En la diapositiva "¿Cuál es la respuesta?", pida que levanten la mano: ¿puede preguntar el formulario? Presione → para mostrar la respuesta y lea la respuesta corta.
present-notes_city-form-asks-status_plan_compare = Presione Home y elija "Otra oficina, por ejemplo, una oficina estatal, del condado o federal, o una organización privada". Pida al grupo que prediga la respuesta. Muéstrela y luego lea la nota sobre las Escuelas Públicas de Chicago y la Autoridad de Vivienda de Chicago.
present-notes_city-form-asks-status_plan_discuss = Ponga la pantalla en negro (B) y use una o dos de las preguntas para conversar de abajo. Termine con los pasos sobre preguntar por qué y hablar con un abogado.
present-notes_city-form-asks-status_prompt_unsure-question = Si un formulario hace una pregunta sobre la que usted no está seguro, ¿a quién podría pedirle ayuda antes de responder?
present-notes_city-form-asks-status_prompt_skipping-services = ¿Qué hace que las personas dejen de usar servicios que necesitan? ¿Qué les ayudaría a sentir que pueden solicitarlos?
present-notes_city-form-asks-status_question_citizen-box = Un formulario de la Ciudad me pregunta si soy ciudadano. ¿Eso está permitido?
present-notes_city-form-asks-status_question_law-requires = La oficina dice que una ley la obliga a preguntar. ¿Y ahora qué hago?

## confrontation-911
present-notes_confrontation-911_plan_open = Muestre la diapositiva "Siga la presentación en su teléfono" y lea el título de la situación. Pregunte: cuando los vecinos se juntan durante un arresto, ¿qué esperan las personas que haga la policía? Escuche dos respuestas.
present-notes_confrontation-911_plan_walk = Muestre la primera pregunta y deje que el grupo vote. Elija "Los agentes quieren que la policía los ayude con su arresto". En la diapositiva "¿Cuál es la respuesta?", pida que levanten la mano: ¿puede ayudar la policía? Presione → para mostrar la respuesta y lea la respuesta corta y la nota sobre mantener el orden.
present-notes_confrontation-911_plan_compare = Presione Home y elija "Ya terminó, y quiero reportar lo que pasó" y luego "A agentes federales". Pida al grupo que prediga la respuesta. Muéstrela y lea en voz alta la línea sobre la impugnación en los tribunales.
present-notes_confrontation-911_plan_discuss = Ponga la pantalla en negro (B) y use una o dos de las preguntas para conversar de abajo. Mantenga el foco en la seguridad: nadie debe ponerse en riesgo para grabar o anotar lo que pasa.
present-notes_confrontation-911_prompt_stay-safe = En una escena tensa, ¿qué ayuda a las personas que están alrededor a mantenerse seguras y tranquilas?
present-notes_confrontation-911_prompt_reporting = Después de una escena así, ¿qué hace que las personas reporten lo que vieron? ¿Qué se lo impide?
present-notes_confrontation-911_question_will-police-come = Si alguien sale herido durante un arresto de ICE, ¿vendrá la policía cuando llamemos al 911?
present-notes_confrontation-911_question_complain-officer = ¿Dónde presento una queja contra un oficial de Chicago que ayudó a ICE?
present-notes_confrontation-911_question_agent-rights = ¿Puedo hacer algo contra un agente federal que violó mis derechos?
present-notes_confrontation-911_question_respond-at-all = ¿La policía tiene permitido responder de alguna forma cuando ICE está presente?

## courthouse-arrest
present-notes_courthouse-arrest_plan_open = Muestre la diapositiva "Siga la presentación en su teléfono". Pregunte: ¿por qué alguien podría tener miedo de ir al tribunal como testigo, o de acompañar a un familiar? Escuche dos respuestas. No le diga a nadie si debe ir al tribunal o no; el sitio les indica a las personas que hablen con un abogado.
present-notes_courthouse-arrest_plan_walk = Muestre la primera pregunta y deje que el grupo vote. Elija "Soy testigo" y luego "Un arresto de inmigración sin una orden de un juez". En la diapositiva "¿Cuál es la respuesta?", pida que levanten la mano: ¿está permitido este arresto? Presione → para mostrar la respuesta. Lea el titular, y lea en voz alta la línea sobre la impugnación en los tribunales.
present-notes_courthouse-arrest_plan_compare = Presione ← y elija "Un arresto por un delito". Pida al grupo que prediga la respuesta; luego muéstrela y compare las dos respuestas.
present-notes_courthouse-arrest_plan_discuss = Ponga la pantalla en negro (B) y use una o dos de las preguntas para conversar de abajo. Termine con lo que dice la diapositiva de la respuesta sobre abogados y líneas de ayuda.
present-notes_courthouse-arrest_prompt_before-court = ¿Qué ayudaría a alguien a prepararse para la fecha de su audiencia? ¿Con quién podría hablar antes?
present-notes_courthouse-arrest_prompt_challenged-law = La diapositiva de la respuesta dice que la ley está impugnada en los tribunales. ¿Cómo podemos hablar de eso para que las personas no entren en pánico ni se sientan demasiado seguras?
present-notes_courthouse-arrest_question_witness-arrest = Soy testigo en un caso. ¿Los agentes de inmigración pueden arrestarme de camino al tribunal?
present-notes_courthouse-arrest_question_impossible-now = ¿Ahora ya son imposibles los arrestos de inmigración en los edificios de los tribunales?
present-notes_courthouse-arrest_question_other-reason = Voy al edificio del tribunal por otro motivo, no por un caso. ¿Esta ley me cubre?

## crime-victim-or-witness
present-notes_crime-victim-or-witness_plan_open = Muestre la diapositiva "Siga la presentación en su teléfono" y lea en voz alta el título de la situación. Pregunte: ¿qué podría impedir que alguien llame a la policía después de un delito? Escuche dos o tres respuestas. No le pregunte a nadie por su propio estatus.
present-notes_crime-victim-or-witness_plan_walk = Muestre la primera pregunta. Deje que el grupo vote levantando la mano. Elija "Sí, un oficial preguntó por el estatus o por el lugar donde nació alguien". En la diapositiva "¿Cuál es la respuesta?", pida que levanten la mano: ¿puede preguntar el oficial, o no? Presione → para mostrar la respuesta. Lea la respuesta corta y el paso sobre contarle a la policía lo que pasó.
present-notes_crime-victim-or-witness_plan_u-visa = Presione Home. Elija "No, o todavía no he hablado con la policía" y luego "Sí, o quiero saber cómo funciona". Lea la explicación de la pregunta, que explica qué es una certificación para la visa U. Antes de mostrar la respuesta, pregunte quién podría ayudar a una víctima a pedirla. Muestre la respuesta y señale los pasos sobre pedir ayuda a un abogado o a un proveedor de servicios para víctimas.
present-notes_crime-victim-or-witness_plan_discuss = Ponga la pantalla en negro (B) y use una o dos de las preguntas para conversar de abajo. Recuerde a las personas que, para su propio caso, el sitio les indica que hablen con un abogado.
present-notes_crime-victim-or-witness_prompt_feel-able = ¿Qué ayudaría a un vecino al que le robaron a sentirse capaz de contarle a la policía lo que pasó?
present-notes_crime-victim-or-witness_prompt_who-walks-with = ¿Quién en su comunidad podría acompañar a una víctima de un delito durante una solicitud como esta, por ejemplo, un abogado o una organización que ayuda a las víctimas de delitos?
present-notes_crime-victim-or-witness_prompt_witness-questions = Si usted viera un delito, ¿qué querría saber antes de hablar con la policía como testigo?
present-notes_crime-victim-or-witness_question_call-911-papers = Si llamo al 911 porque me robaron, ¿me van a preguntar por mis papeles?
present-notes_crime-victim-or-witness_question_deported-for-reporting = ¿Me pueden deportar por reportar un delito?
present-notes_crime-victim-or-witness_question_ask-u-visa = ¿Cómo le pido a la policía que firme el formulario para una visa U?

## detainer-at-bond
present-notes_detainer-at-bond_plan_open = Muestre la diapositiva "Siga la presentación en su teléfono". Luego muestre la primera pregunta y pida a un voluntario que lea en voz alta su explicación, para que todos sepan qué es una solicitud de detención ("detainer"). Pregunte qué han oído las personas sobre las "retenciones de ICE" ("ICE holds") en la cárcel.
present-notes_detainer-at-bond_plan_walk = Deje que el grupo vote en la primera pregunta. Elija "No. Solo hay documentos de ICE, como la solicitud de detención o un formulario de orden de ICE". En la siguiente pregunta, elija "Sí. Se iría a casa ahora si ICE no hubiera enviado la solicitud de detención". En la diapositiva "¿Cuál es la respuesta?", pida que levanten la mano: ¿la cárcel retiene a la persona para ICE? Presione → para mostrar la respuesta y lea la respuesta corta.
present-notes_detainer-at-bond_plan_compare = Presione ← y elija "No. Todavía está retenida por su caso penal". Antes de mostrar la respuesta, pregunte qué cambia y qué no. Muéstrela y luego lea la nota de "Conviene saber" sobre la Cárcel del Condado de Cook.
present-notes_detainer-at-bond_plan_discuss = Ponga la pantalla en negro (B) y use una o dos de las preguntas para conversar de abajo. Cierre señalando lo que dice la diapositiva de la respuesta sobre abogados y líneas de ayuda.
present-notes_detainer-at-bond_prompt_first-call = Si retuvieran a un familiar suyo, ¿qué querría saber primero? ¿A quién llamaría?
present-notes_detainer-at-bond_prompt_rumors = ¿Qué ha oído sobre personas retenidas para ICE en una cárcel? ¿Dónde lo oyó, y cómo podríamos comprobarlo?
present-notes_detainer-at-bond_question_forty-eight-hours = ¿Una solicitud de detención de ICE quiere decir que la cárcel va a retener a mi hermano 48 horas más?
present-notes_detainer-at-bond_question_tell-ice-release = ¿La policía de Chicago le va a avisar a ICE cuando él salga?

## federal-criminal-warrant
present-notes_federal-criminal-warrant_plan_open = Muestre la diapositiva "Siga la presentación en su teléfono". Luego muestre la primera pregunta, "¿Quién firmó la orden?", y lea en voz alta su explicación. Pregunte por qué podría importar quién firmó un documento. Escuche dos respuestas.
present-notes_federal-criminal-warrant_plan_walk = Deje que el grupo vote. Elija "Un oficial de inmigración, en un formulario de ICE como el I-200 o el I-205". En la diapositiva "¿Cuál es la respuesta?", pida que levanten la mano: ¿puede la policía de Chicago actuar con base en él? Presione → para mostrar la respuesta. Lea la nota de "Conviene saber" sobre la palabra "warrant" (orden) en los formularios de ICE.
present-notes_federal-criminal-warrant_plan_compare = Presione ← y elija "Un juez de inmigración, por ejemplo, en una orden de deportación". Pida al grupo que prediga la respuesta y luego muéstrela. Vuelva atrás una vez más y elija "Un juez o un magistrado de un tribunal, por un delito". Muestre la respuesta y compare las tres respuestas.
present-notes_federal-criminal-warrant_plan_discuss = Ponga la pantalla en negro (B) y use una o dos de las preguntas para conversar de abajo.
present-notes_federal-criminal-warrant_prompt_clues = ¿Qué pistas buscaría en un documento antes de decidir qué es? ¿Qué haría si no pudiera saberlo?
present-notes_federal-criminal-warrant_prompt_word-warrant = Algunos documentos tienen la palabra "warrant" (orden) arriba. ¿Cómo podría eso confundir a las personas, y cómo podemos ayudarnos unos a otros a leerlos?
present-notes_federal-criminal-warrant_question_removal-order = ¿Una orden de deportación (removal order) de la corte de inmigración es una orden judicial de arresto o de registro?
present-notes_federal-criminal-warrant_question_real-criminal-warrant = Si los agentes tienen una orden penal de un tribunal, ¿la policía de Chicago puede ayudarlos?

## ice-asks-for-perimeter
present-notes_ice-asks-for-perimeter_plan_open = Muestre la diapositiva "Siga la presentación en su teléfono". Pregunte: en una escena, ¿qué cuenta como "ayudar"? ¿Dirigir el tráfico es ayudar? Escuche algunas respuestas y todavía no las juzgue.
present-notes_ice-asks-for-perimeter_plan_walk = Muestre la primera pregunta y lea su explicación, que aclara qué es un "perímetro de tráfico". Deje que el grupo vote levantando la mano. Elija "Un arresto o una redada de inmigración". En la diapositiva "¿Cuál es la respuesta?", pida que levanten la mano: ¿puede la policía hacer esto, o no? Presione → para mostrar la respuesta y lea la respuesta corta.
present-notes_ice-asks-for-perimeter_plan_compare = Presione ← y elija "Un delito, una multitud o alguien en peligro en el lugar". Antes de mostrar la respuesta, pregunte qué puede seguir haciendo la policía en ese mismo lugar. Muestre la respuesta y compare las dos diapositivas de respuesta.
present-notes_ice-asks-for-perimeter_plan_discuss = Ponga la pantalla en negro (B) y use una o dos de las preguntas para conversar de abajo. Termine con el paso de la diapositiva de la respuesta sobre anotar lo que pasó, si es seguro hacerlo.
present-notes_ice-asks-for-perimeter_prompt_hard-to-see = Desde la acera, ¿cómo podría saber si la policía está protegiendo a las personas o ayudando en un operativo? ¿Qué querría saber primero?
present-notes_ice-asks-for-perimeter_prompt_what-would-you-do = Si viera a oficiales cerrando una calle cerca de una redada, ¿cómo se mantendría a salvo, a distancia y sin estorbar a los agentes ni a la policía? ¿A quién se lo contaría?
present-notes_ice-asks-for-perimeter_question_traffic-help = ¿Bloquear el tráfico para ICE es de verdad "ayudarlos"?
present-notes_ice-asks-for-perimeter_question_stand-by = ¿Los oficiales pueden simplemente esperar cerca por si ICE necesita refuerzos?
present-notes_ice-asks-for-perimeter_question_judge-warrant = ¿Y si ICE tiene una orden penal firmada por un juez? ¿Entonces la policía puede ayudar?

## ice-asks-police
present-notes_ice-asks-police_plan_open = Muestre la diapositiva "Siga la presentación en su teléfono" para que las personas puedan abrir la situación en sus teléfonos. Pregunte quién ha visto u oído hablar de policías y agentes de ICE en la misma escena. Escuche dos respuestas. No le pregunte a nadie por su propio estatus.
present-notes_ice-asks-police_plan_walk = Muestre la primera pregunta. Deje que el grupo vote levantando la mano. Resalte "Encontrar, detener o retener a alguien por un motivo de inmigración" con ↑ ↓ y presione →. En la pregunta sobre la orden, vuelva a hacer una votación y elija "No, no hay ninguna orden". En la diapositiva "¿Cuál es la respuesta?", pregunte a dos personas qué esperan. Luego presione → para mostrar la respuesta y lea en voz alta su respuesta corta.
present-notes_ice-asks-police_plan_compare = Presione ← para volver a la pregunta sobre la orden. Elija "Sí, pero es un formulario de ICE firmado por un oficial de inmigración". En la diapositiva "¿Cuál es la respuesta?", pregunte: ¿la firma cambia algo? Muestre la respuesta y luego lea la nota de "Conviene saber" sobre la palabra "warrant" (orden) en los formularios de ICE.
present-notes_ice-asks-police_plan_discuss = Presione B para poner la pantalla en negro y use una o dos de las preguntas para conversar de abajo. Luego vuelva a mostrar la diapositiva de la respuesta y señale las líneas de ayuda que aparecen en ella.
present-notes_ice-asks-police_prompt_who-decides = Cuando un oficial en la calle recibe una solicitud de un agente de inmigración, ¿quién cree usted que debería tomar la decisión? ¿Por qué podría importar eso?
present-notes_ice-asks-police_prompt_write-it-down = Si viera que esto pasa, ¿qué querría anotar? ¿Cómo se mantendría seguro mientras lo hace?
present-notes_ice-asks-police_prompt_trust = ¿Cómo podrían sentirse los vecinos a la hora de llamar a la policía después de ver a la policía en un arresto de inmigración? ¿Qué podría cambiar eso?
present-notes_ice-asks-police_question_help-arrest = ¿La policía de Chicago puede ayudar a ICE a arrestar a mi vecino?
present-notes_ice-asks-police_question_paper-says-warrant = El agente de ICE mostró un documento que dice "warrant" (orden). ¿Ahora la policía tiene que ayudar?
present-notes_ice-asks-police_question_someone-hurt = Si alguien sale herido mientras ICE está allí, ¿la policía va a venir de todos modos?
present-notes_ice-asks-police_question_deputized = ¿Los policías de Chicago pueden inscribirse para trabajar como agentes de inmigración?

## ice-at-city-property
present-notes_ice-at-city-property_plan_open = Muestre la diapositiva "Siga la presentación en su teléfono". Pregunte quién en el grupo trabaja en un edificio de la Ciudad o lo usa a menudo, como una biblioteca, un parque o una oficina de la Ciudad. Pregunte qué harían si entraran agentes. Escuche dos respuestas.
present-notes_ice-at-city-property_plan_walk = Muestre la primera pregunta y deje que el grupo vote. Elija "Quieren entrar a un área privada o solo para el personal" y luego "Tienen un formulario de ICE firmado por un oficial de inmigración". En la diapositiva "¿Cuál es la respuesta?", pregunte qué debería hacer el personal. Presione → para mostrar la respuesta. Lea los pasos que vienen de las pautas de la Ciudad, y la nota que dice que son una guía, no la ordenanza.
present-notes_ice-at-city-property_plan_compare = Presione Home y elija "Piden información o registros sobre alguien". Pida al grupo que prediga la respuesta; luego muéstrela y lea la respuesta corta.
present-notes_ice-at-city-property_plan_discuss = Ponga la pantalla en negro (B) y use una o dos de las preguntas para conversar de abajo. Termine con el paso sobre reportar de la diapositiva de la respuesta.
present-notes_ice-at-city-property_prompt_workplace-plan = Si usted trabajara en la recepción de una biblioteca, ¿a quién llamaría primero? ¿Su lugar de trabajo tiene un plan?
present-notes_ice-at-city-property_prompt_while-waiting = Mientras el personal espera a un(a) supervisor(a), ¿qué le ayuda a mantener la calma y a mantener tranquilas a las personas que tiene alrededor?
present-notes_ice-at-city-property_question_staff-room = ¿El personal de la biblioteca puede dejar entrar a ICE al cuarto solo para el personal?

## ice-calls-station
present-notes_ice-calls-station_plan_open = Muestre la diapositiva "Siga la presentación en su teléfono". Pida al grupo que se imagine un teléfono que suena en el mostrador de una estación de policía, y a un agente de ICE que pregunta por alguien que está retenido allí. ¿Qué podría querer quien llama? Escuche respuestas y relaciónelas con las cuatro respuestas de la primera pregunta.
present-notes_ice-calls-station_plan_walk = Muestre la primera pregunta y deje que el grupo vote. Elija "Saber cuándo van a dejar libre a una persona, o si todavía está retenida". En la diapositiva "¿Cuál es la respuesta?", pida que levanten la mano: ¿puede responder la estación, o no? Presione → para mostrar la respuesta y lea la respuesta corta.
present-notes_ice-calls-station_plan_compare = Presione ← y elija "Hablar por teléfono con una persona bajo custodia o entrevistarla". Antes de mostrar la respuesta, pregunte en qué se diferencia esto. Muéstrela y luego lea los pasos sobre guardar silencio y no firmar nada.
present-notes_ice-calls-station_plan_discuss = Ponga la pantalla en negro (B) y use una o dos de las preguntas para conversar de abajo. Termine con las líneas de ayuda de la diapositiva de la respuesta.
present-notes_ice-calls-station_prompt_family-view = ¿Por qué a una familia podría importarle quién puede llamar o visitar a un familiar que está retenido?
present-notes_ice-calls-station_prompt_front-desk = Si usted trabajara en un mostrador de atención, ¿qué le ayudaría a manejar con calma una llamada así?
present-notes_ice-calls-station_question_give-address = ¿La policía le va a dar a ICE la dirección de mi hijo?
present-notes_ice-calls-station_question_interview-at-station = ¿ICE puede entrevistar a alguien en la estación de policía?
present-notes_ice-calls-station_question_share-anything = ¿La policía tiene prohibido compartir cualquier información con el gobierno federal?

## institution-visit
present-notes_institution-visit_plan_open = Muestre la diapositiva "Siga la presentación en su teléfono". Pregunte quién en el grupo trabaja o estudia en un hospital, un colegio o universidad pública o una guardería, o usa sus servicios. Pregunte: ¿quién se encargaría allí de una visita de agentes de inmigración? Escuche dos respuestas.
present-notes_institution-visit_plan_walk = Muestre la primera pregunta y deje que el grupo vote. Elija "En un hospital" y luego "No, o no estoy seguro". En la diapositiva "¿Cuál es la respuesta?", pregunte qué esperan las personas que tenga el hospital. Presione → para mostrar la respuesta. Señale que la respuesta dice "según los informes": se basa en informes de prensa sobre la ley.
present-notes_institution-visit_plan_compare = Presione Home y elija "En una guardería con licencia" y luego "No, o no estoy seguro". Pida al grupo que prediga la respuesta; luego muéstrela y lea la razón sobre compartir el estatus.
present-notes_institution-visit_plan_discuss = Ponga la pantalla en negro (B) y use una o dos de las preguntas para conversar de abajo. Termine con la nota de "Conviene saber" sobre lo que estas reglas no cubren.
present-notes_institution-visit_prompt_find-out-now = ¿Cómo podría averiguar ahora, antes de que pase algo, quién se encarga de estas visitas donde usted trabaja, estudia o deja a sus hijos?
present-notes_institution-visit_prompt_tell-families = ¿Qué querría usted que un hospital o una guardería les dijera a las familias con anticipación?
present-notes_institution-visit_question_hospital-plan = ¿Mi hospital tiene que tener un plan para las visitas de ICE?
present-notes_institution-visit_question_public-university = ¿Y mi universidad pública?

## ncic-immigration-hit
present-notes_ncic-immigration-hit_plan_open = Muestre la diapositiva "Siga la presentación en su teléfono". Pregunte: ¿qué pasa cuando un oficial consulta su nombre en el sistema después de pararlo en el tráfico? Escuche dos respuestas. Luego muestre la primera pregunta y lea su explicación, que aclara qué es el NCIC.
present-notes_ncic-immigration-hit_plan_walk = Deje que el grupo vote en la primera pregunta. Elija "Solo un registro de inmigración, como una entrada del Immigration Violator File o un formulario de ICE". En la diapositiva "¿Cuál es la respuesta?", pida que levanten la mano: ¿puede la policía retener al conductor para ICE? Presione → para mostrar la respuesta y lea la respuesta corta.
present-notes_ncic-immigration-hit_plan_compare = Presione ← y elija "No dice si es civil o penal". Antes de mostrar la respuesta, pregunte qué podría hacer el oficial para averiguarlo. Muéstrela y lea el paso para el oficial.
present-notes_ncic-immigration-hit_plan_discuss = Ponga la pantalla en negro (B) y use una o dos de las preguntas para conversar de abajo. Termine con el paso para el conductor de la diapositiva de la respuesta.
present-notes_ncic-immigration-hit_prompt_waiting = Un conductor no puede ver la pantalla del oficial. ¿Qué le ayudaría a un conductor a mantener la calma mientras espera?
present-notes_ncic-immigration-hit_prompt_fear-of-stops = ¿Por qué algunas personas podrían tenerle más miedo a que las paren en el tráfico que a la multa misma? ¿Qué podría cambiar eso?
present-notes_ncic-immigration-hit_question_hold-for-ice = Si la computadora muestra un registro de inmigración, ¿la policía puede retenerme para ICE?
present-notes_ncic-immigration-hit_question_same-as-judge = ¿Una "warrant" (orden) de ICE es lo mismo que una orden de un juez?
present-notes_ncic-immigration-hit_question_stopped-for-status = ¿La policía puede detenerme solo porque cree que soy indocumentado?
present-notes_ncic-immigration-hit_question_where-born = Cuando me paran, ¿el oficial me puede preguntar dónde nací?

## police-record-status
present-notes_police-record-status_plan_open = Muestre la diapositiva "Siga la presentación en su teléfono". Pregunte: ¿qué les preocupa a las personas de hablar con la policía? ¿Qué creen que pasa con lo que dicen? Escuche dos respuestas.
present-notes_police-record-status_plan_walk = Muestre la primera pregunta y deje que el grupo vote. Elija "Si la policía puede compartir mi estatus" y luego "Los agentes de inmigración lo pidieron". En la diapositiva "¿Cuál es la respuesta?", pregunte qué esperan las personas. Presione → para mostrar la respuesta. Lea la respuesta corta y la última nota de "Conviene saber", que dice lo que estas reglas no pueden prometer.
present-notes_police-record-status_plan_compare = Presione ← y elija "Yo acepté por escrito que lo compartieran". Pida al grupo que prediga la respuesta. Muéstrela y luego lea el paso sobre leer antes de firmar.
present-notes_police-record-status_plan_discuss = Ponga la pantalla en negro (B) y use una o dos de las preguntas para conversar de abajo.
present-notes_police-record-status_prompt_before-signing = Antes de firmar un documento que permite que alguien comparta su información, ¿qué querría saber?
present-notes_police-record-status_prompt_honest-limits = ¿Cómo podemos hablar con honestidad de lo que estas reglas pueden y no pueden prometer, sin asustar a las personas y alejarlas de pedir ayuda?
present-notes_police-record-status_question_write-down-status = Si hablo con la policía, ¿van a anotar mi estatus migratorio?
present-notes_police-record-status_question_give-to-ice = Si ICE lo pide, ¿la policía le puede dar mi estatus?
present-notes_police-record-status_question_share-anything = ¿La policía tiene prohibido compartir cualquier información con el gobierno federal?

## warrantless-arrest
present-notes_warrantless-arrest_plan_open = Muestre la diapositiva "Siga la presentación en su teléfono" y lea el título de la situación. Diga que esta trata de lo que puede hacer una familia después de un arresto. Pregunte: en las primeras horas, ¿qué necesita una familia? Escuche dos respuestas.
present-notes_warrantless-arrest_plan_walk = Muestre la primera pregunta y deje que el grupo vote. Elija "En Illinois, Indiana, Wisconsin, Misuri, Kansas o Kentucky" y luego "Empezó cuando los agentes detuvieron un auto". En la diapositiva "¿Cuál es la respuesta?", pregunte qué esperan las personas. Presione → para mostrar la respuesta. Lea despacio el veredicto y la respuesta corta, y el paso sobre avisar a los abogados del caso. No diga que la orden sigue vigente: el sitio no lo sabe, y les indica a las personas que se comuniquen con el NIJC o con ICIRR.
present-notes_warrantless-arrest_plan_compare = Presione ← y elija "Los agentes mostraron una orden de arresto (warrant)". Pida al grupo que prediga la respuesta; luego muéstrela y lea la nota sobre los formularios de ICE.
present-notes_warrantless-arrest_plan_discuss = Ponga la pantalla en negro (B) y use una o dos de las preguntas para conversar de abajo. Termine con el paso sobre anotar lo que sepa.
present-notes_warrantless-arrest_prompt_details = Después de un arresto, ¿qué detalles serían los más fáciles de olvidar? ¿Cómo podría una familia anotarlos en conjunto?
present-notes_warrantless-arrest_prompt_no-promises = ¿Cómo podemos compartir noticias sobre una orden de un tribunal sin hacer promesas que no podemos cumplir?
present-notes_warrantless-arrest_question_traffic-stop = ICE se llevó a mi esposo cuando detuvieron su vehículo, y no mostraron ninguna orden de arresto. ¿Podemos hacer algo?
present-notes_warrantless-arrest_question_limits-on-ice = ¿Hay algo que limite lo que ICE puede hacer en Chicago?
present-notes_warrantless-arrest_question_other-state = Pasó en otro estado. ¿Esta orden del tribunal puede ayudar?

## where-were-you-born
present-notes_where-were-you-born_plan_open = Muestre la diapositiva "Siga la presentación en su teléfono" y lea el título de la situación. Pregunte si alguien ha oído de policías que hagan estas preguntas. Escuche dos respuestas. Recuerde al grupo que nadie tiene que compartir su propio estatus.
present-notes_where-were-you-born_plan_walk = Muestre la primera pregunta, "¿Quién le está haciendo las preguntas?". Deje que el grupo vote y elija "Un oficial de la policía de Chicago, u otra policía de Illinois". Luego elija "Me hicieron parar cuando iba en auto". En la diapositiva "¿Cuál es la respuesta?", pida que levanten la mano: ¿puede preguntar el oficial? Presione → para mostrar la respuesta y lea la respuesta corta.
present-notes_where-were-you-born_plan_compare = Presione Home y elija "Un agente federal de inmigración, por ejemplo, de ICE". Antes de mostrar la respuesta, pregunte: ¿se aplican las mismas reglas? Muéstrela y lea despacio el titular de la respuesta.
present-notes_where-were-you-born_plan_discuss = Ponga la pantalla en negro (B). Use la pregunta para practicar de abajo, y luego una pregunta más si hay tiempo.
present-notes_where-were-you-born_prompt_practice = Decir "Quiero guardar silencio" en voz alta puede costar. ¿Qué lo haría más fácil? Intente decírselo a la persona que tiene al lado.
present-notes_where-were-you-born_prompt_who-is-it = ¿Cómo podría saber quién le está preguntando: un oficial de policía o un agente federal? ¿En qué se fijaría?
present-notes_where-were-you-born_question_cop-asks-legal = ¿Un oficial de la policía de Chicago me puede preguntar si estoy aquí legalmente?
present-notes_where-were-you-born_question_ice-asks = ¿Y si quien pregunta es ICE, no la policía?
present-notes_where-were-you-born_question_rights-without-papers = ¿Tengo algún derecho si no tengo papeles?
