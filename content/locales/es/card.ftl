# La tarjeta de derechos (../../card.toml). Frases cortas, en primera persona, que una persona
# puede mostrar a un agente. En nuestras propias palabras; no copiadas de ninguna tarjeta.

card_silent = Estoy usando mi derecho a guardar silencio.
card_no-entry = No doy permiso para que entren. Si tienen una orden firmada por un juez de un tribunal (no un juez de inmigración), pásenla por debajo de la puerta.
card_no-search = No doy permiso para que me registren a mí ni a mis cosas.
card_no-sign = No voy a firmar nada antes de hablar con un abogado.
card_lawyer = Quiero hablar con un abogado.
card_caution = Un memorando de ICE del 12 de mayo de 2025, del que informó ABC News en enero de 2026, afirma que los agentes pueden entrar a la fuerza en una casa con el Formulario I-205 de ICE y una orden final de deportación. Esa afirmación está en disputa (la información más reciente que encontramos: abril de 2026). Una tarjeta no puede impedir que entren: no se resista físicamente. Mantenga la calma, anote lo que pase y pida ayuda.
