<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AnnouncementBanner</name>
    <message>
        <source>Announcement from %1: %2</source>
        <translation>Aviso de %1: %2</translation>
    </message>
    <message>
        <source>📢 Announcement from %1</source>
        <translation>📢 Aviso de %1</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Dismiss the announcement</source>
        <translation>Descartar el aviso</translation>
    </message>
</context>
<context>
    <name>CaptionOverlay</name>
    <message>
        <source>Caption: %1</source>
        <translation>Subtítulo: %1</translation>
    </message>
</context>
<context>
    <name>ChannelFinder</name>
    <message>
        <source>Find a room or a talk</source>
        <translation>Buscar una sala o una charla</translation>
    </message>
    <message>
        <source>Find a room</source>
        <translation>Buscar una sala</translation>
    </message>
    <message>
        <source>Up and Down choose, Enter switches to the room, Esc closes</source>
        <translation>Arriba y Abajo eligen, Intro cambia a la sala, Esc cierra</translation>
    </message>
    <message>
        <source>Live now</source>
        <translation>En directo</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>Con estrella</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Salas</translation>
    </message>
    <message>
        <source>live</source>
        <translation>en directo</translation>
    </message>
    <message>
        <source>no stream</source>
        <translation>sin emisión</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Ahora: %1</translation>
    </message>
    <message>
        <source>Nothing on air</source>
        <translation>Nada en emisión</translation>
    </message>
    <message>
        <source>Star %1</source>
        <translation>Marcar %1 con estrella</translation>
    </message>
    <message>
        <source>LIVE</source>
        <translation>DIRECTO</translation>
    </message>
    <message>
        <source>No starred rooms yet: the ☆ beside a room stars it.</source>
        <translation>Aún no hay salas con estrella: la ☆ junto a una sala la marca.</translation>
    </message>
    <message>
        <source>No room matches.</source>
        <translation>Ninguna sala coincide.</translation>
    </message>
</context>
<context>
    <name>ChannelTab</name>
    <message>
        <source>Now: %1</source>
        <translation>Ahora: %1</translation>
    </message>
    <message>
        <source>Nothing on air</source>
        <translation>Nada en emisión</translation>
    </message>
    <message>
        <source>no stream</source>
        <translation>sin emisión</translation>
    </message>
    <message>
        <source>LIVE</source>
        <translation>DIRECTO</translation>
    </message>
    <message>
        <source>Star %1</source>
        <translation>Marcar %1 con estrella</translation>
    </message>
    <message>
        <source>Next %1: %2</source>
        <translation>Después %1: %2</translation>
    </message>
    <message>
        <source>No stream</source>
        <translation>Sin emisión</translation>
    </message>
    <message>
        <source>starred</source>
        <translation>con estrella</translation>
    </message>
    <message>
        <source>D stars or unstars it</source>
        <translation>D pone o quita la estrella</translation>
    </message>
</context>
<context>
    <name>ChannelTabs</name>
    <message>
        <source>Live: %1 — %2</source>
        <translation>En directo: %1 — %2</translation>
    </message>
    <message>
        <source>Live: %1</source>
        <translation>En directo: %1</translation>
    </message>
    <message>
        <source>Earlier channels</source>
        <translation>Canales anteriores</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canales</translation>
    </message>
    <message>
        <source>Later channels</source>
        <translation>Canales siguientes</translation>
    </message>
    <message>
        <source>Find a room</source>
        <translation>Buscar una sala</translation>
    </message>
    <message>
        <source>Search the event&apos;s rooms by name or talk; Ctrl+K or /</source>
        <translation>Busca las salas del evento por nombre o charla; Ctrl+K o /</translation>
    </message>
    <message>
        <source>Find a room (Ctrl+K or /)</source>
        <translation>Buscar una sala (Ctrl+K o /)</translation>
    </message>
    <message numerus="yes">
        <source>%n room(s)</source>
        <translation>
            <numerusform>%n sala</numerusform>
            <numerusform>%n salas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChatDelegate</name>
    <message>
        <source>New messages</source>
        <translation>Mensajes nuevos</translation>
    </message>
    <message>
        <source>an earlier message</source>
        <translation>un mensaje anterior</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>no enviado</translation>
    </message>
    <message>
        <source>sending…</source>
        <translation>enviando…</translation>
    </message>
    <message>
        <source>(message deleted)</source>
        <translation>(mensaje eliminado)</translation>
    </message>
    <message>
        <source>Reply (R)</source>
        <translation>Responder (R)</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>Copiar texto</translation>
    </message>
    <message>
        <source>Delete message (Del)</source>
        <translation>Eliminar mensaje (Supr)</translation>
    </message>
    <message>
        <source>Pin as announcement (P)</source>
        <translation>Fijar como aviso (P)</translation>
    </message>
    <message>
        <source>Ban %1</source>
        <translation>Expulsar a %1</translation>
    </message>
    <message>
        <source>(edited)</source>
        <translation>(editado)</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n reactions</source>
        <translation>
            <numerusform>%1, %n reacción</numerusform>
            <numerusform>%1, %n reacciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit (E)</source>
        <translation>Editar (E)</translation>
    </message>
    <message>
        <source>React 👍 (1)  ❤️ (2)  😂 (3)  🎉 (4)  😮 (5)</source>
        <translation>Reaccionar 👍 (1)  ❤️ (2)  😂 (3)  🎉 (4)  😮 (5)</translation>
    </message>
    <message>
        <source>%1: message deleted</source>
        <translation>%1: mensaje eliminado</translation>
    </message>
    <message>
        <source>%1 at %2: %3</source>
        <translation>%1 a las %2: %3</translation>
    </message>
    <message>
        <source>You reacted; press to take it back</source>
        <translation>Ya reaccionaste; pulsa para retirarlo</translation>
    </message>
    <message>
        <source>Press to react too</source>
        <translation>Pulsa para reaccionar también</translation>
    </message>
    <message>
        <source>Time out %1…</source>
        <translation>Expulsar temporalmente a %1…</translation>
    </message>
    <message>
        <source>Time out %1</source>
        <translation>Expulsar temporalmente a %1</translation>
    </message>
    <message>
        <source>For 1 minute</source>
        <translation>Durante 1 minuto</translation>
    </message>
    <message>
        <source>For 5 minutes</source>
        <translation>Durante 5 minutos</translation>
    </message>
    <message>
        <source>For 15 minutes</source>
        <translation>Durante 15 minutos</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>Durante 1 hora</translation>
    </message>
    <message>
        <source>For 1 day</source>
        <translation>Durante 1 día</translation>
    </message>
</context>
<context>
    <name>ChatHeader</name>
    <message numerus="yes">
        <source>%n unsent</source>
        <translation>
            <numerusform>%n sin enviar</numerusform>
            <numerusform>%n sin enviar</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Reintentar ahora</translation>
    </message>
    <message>
        <source>Reconnect to the chat now</source>
        <translation>Reconectar al chat ahora</translation>
    </message>
    <message numerus="yes">
        <source>%n watching</source>
        <translation>
            <numerusform>%n viendo</numerusform>
            <numerusform>%n viendo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n watching; show who is here</source>
        <translation>
            <numerusform>%n viendo; mostrar quién está</numerusform>
            <numerusform>%n viendo; mostrar quién está</numerusform>
        </translation>
    </message>
    <message>
        <source>Who is here</source>
        <translation>Quién está aquí</translation>
    </message>
    <message>
        <source>Dreamkast sign-in token</source>
        <translation>Token de inicio de sesión de Dreamkast</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Moderar</translation>
    </message>
    <message>
        <source>Moderator tools</source>
        <translation>Herramientas de moderación</translation>
    </message>
    <message>
        <source>Playback for everyone, slow mode, announcements</source>
        <translation>Reproducción para todos, modo lento, anuncios</translation>
    </message>
    <message>
        <source>Hide the chat</source>
        <translation>Ocultar el chat</translation>
    </message>
    <message>
        <source>C hides and shows it</source>
        <translation>C lo oculta y lo muestra</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Entrar</translation>
    </message>
    <message>
        <source>Signed in as %1; account</source>
        <translation>Has entrado como %1; cuenta</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
</context>
<context>
    <name>ChatInput</name>
    <message>
        <source>Editing your message (Enter saves, Esc cancels)</source>
        <translation>Editando tu mensaje (Intro guarda, Esc cancela)</translation>
    </message>
    <message>
        <source>Replying to %1</source>
        <translation>Respondiendo a %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message numerus="yes">
        <source>Slow mode is on: one message every %n s</source>
        <translation>
            <numerusform>Modo lento: un mensaje cada %n s</numerusform>
            <numerusform>Modo lento: un mensaje cada %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Message (Enter to send)</source>
        <translation>Mensaje (Intro para enviar)</translation>
    </message>
    <message>
        <source>Message as %1 (Enter to send)</source>
        <translation>Mensaje como %1 (Intro para enviar)</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Chat message</source>
        <translation>Mensaje del chat</translation>
    </message>
    <message>
        <source>Enter sends, Tab completes an @mention, Up walks the messages, Esc goes back to the video</source>
        <translation>Intro envía, Tab completa una @mención, Arriba recorre los mensajes, Esc vuelve al vídeo</translation>
    </message>
    <message>
        <source>Insert an emoji</source>
        <translation>Insertar un emoji</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Send the message</source>
        <translation>Enviar el mensaje</translation>
    </message>
</context>
<context>
    <name>ChatPanel</name>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Chat messages</source>
        <translation>Mensajes del chat</translation>
    </message>
    <message>
        <source>Up and Down move between messages; R replies, E edits your own, 1 to 5 react, Menu for more</source>
        <translation>Arriba y Abajo recorren los mensajes; R responde, E edita los tuyos, 1 a 5 reaccionan, Menú para más</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Load earlier messages</source>
        <translation>Cargar mensajes anteriores</translation>
    </message>
    <message>
        <source>No messages yet. Say hello!</source>
        <translation>Aún no hay mensajes. ¡Saluda!</translation>
    </message>
    <message>
        <source>Chat is not available here</source>
        <translation>El chat no está disponible aquí</translation>
    </message>
    <message numerus="yes">
        <source>↓ %n new messages</source>
        <translation>
            <numerusform>↓ %n mensaje nuevo</numerusform>
            <numerusform>↓ %n mensajes nuevos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ControlBar</name>
    <message>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Posición</translation>
    </message>
    <message>
        <source>Projection</source>
        <translation>Proyección</translation>
    </message>
    <message>
        <source>Stereo layout</source>
        <translation>Disposición estéreo</translation>
    </message>
    <message>
        <source>Fullscreen</source>
        <translation>Pantalla completa</translation>
    </message>
    <message>
        <source>Shift+Left and Shift+Right seek 10 seconds</source>
        <translation>Mayús+Izquierda y Mayús+Derecha saltan 10 segundos</translation>
    </message>
    <message>
        <source>How the picture is mapped onto the sphere</source>
        <translation>Cómo se proyecta la imagen sobre la esfera</translation>
    </message>
    <message>
        <source>How the two eyes are packed in the picture</source>
        <translation>Cómo se disponen los dos ojos en la imagen</translation>
    </message>
    <message>
        <source>Reopen last event</source>
        <translation>Reabrir el último evento</translation>
    </message>
    <message>
        <source>F toggles fullscreen, Esc leaves it</source>
        <translation>F activa o desactiva la pantalla completa, Esc la abandona</translation>
    </message>
    <message>
        <source>Live stream</source>
        <translation>Emisión en directo</translation>
    </message>
    <message>
        <source>LIVE</source>
        <translation>DIRECTO</translation>
    </message>
    <message>
        <source>Go to live edge</source>
        <translation>Ir al directo</translation>
    </message>
    <message>
        <source>Jumps to what is being streamed now</source>
        <translation>Salta a lo que se emite ahora</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espacio</translation>
    </message>
    <message>
        <source>Leave fullscreen</source>
        <translation>Salir de pantalla completa</translation>
    </message>
    <message>
        <source>Auto</source>
        <comment>projection: as the file says</comment>
        <translation>Auto</translation>
    </message>
    <message>
        <source>360°</source>
        <comment>projection: equirectangular</comment>
        <translation>360°</translation>
    </message>
    <message>
        <source>180°</source>
        <comment>projection: half equirectangular</comment>
        <translation>180°</translation>
    </message>
    <message>
        <source>Cubemap</source>
        <translation>Cubo</translation>
    </message>
    <message>
        <source>EAC</source>
        <comment>projection: equi-angular cubemap</comment>
        <translation>EAC</translation>
    </message>
    <message>
        <source>Flat</source>
        <comment>projection: an ordinary video</comment>
        <translation>Plano</translation>
    </message>
    <message>
        <source>Auto</source>
        <comment>stereo: as the file says</comment>
        <translation>Auto</translation>
    </message>
    <message>
        <source>Mono</source>
        <comment>stereo: one picture for both eyes</comment>
        <translation>Mono</translation>
    </message>
    <message>
        <source>Top/bottom</source>
        <comment>stereo: left eye above</comment>
        <translation>Arriba/abajo</translation>
    </message>
    <message>
        <source>Side by side</source>
        <comment>stereo: left eye on the left</comment>
        <translation>Lado a lado</translation>
    </message>
    <message>
        <source>Projection: auto</source>
        <translation>Proyección: auto</translation>
    </message>
    <message>
        <source>Stereo: auto</source>
        <translation>Estéreo: auto</translation>
    </message>
</context>
<context>
    <name>DreamkastTokenPopup</name>
    <message>
        <source>Paste the access token from your Dreamkast sign-in; it is kept in the settings file.</source>
        <translation>Pega el token de acceso de tu inicio de sesión en Dreamkast; se guarda en el archivo de configuración.</translation>
    </message>
    <message>
        <source>Dreamkast sign-in token</source>
        <translation>Token de inicio de sesión de Dreamkast</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>You are signed in to Dreamkast&apos;s chat.</source>
        <translation>Has iniciado sesión en el chat de Dreamkast.</translation>
    </message>
    <message>
        <source>Sign in to Dreamkast in the browser</source>
        <translation>Iniciar sesión en Dreamkast en el navegador</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Or paste the access token from your Dreamkast sign-in; it is kept in the settings file.</source>
        <translation>O pega el token de acceso de tu inicio de sesión en Dreamkast; se guarda en el archivo de configuración.</translation>
    </message>
</context>
<context>
    <name>EmojiPicker</name>
    <message>
        <source>Insert %1</source>
        <translation>Insertar %1</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>Cannot play</source>
        <translation>No se puede reproducir</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cannot open the event</source>
        <translation>No se puede abrir el evento</translation>
    </message>
    <message>
        <source>Try the other stream: %1</source>
        <translation>Probar la otra emisión: %1</translation>
    </message>
</context>
<context>
    <name>EventBar</name>
    <message>
        <source>Schedule (S)</source>
        <translation>Programa (S)</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Shows the event&apos;s sessions by day; S opens it, Esc closes it</source>
        <translation>Muestra las sesiones del evento por día; S lo abre, Esc lo cierra</translation>
    </message>
    <message>
        <source>Show the chat</source>
        <translation>Mostrar el chat</translation>
    </message>
    <message>
        <source>Show the chat (C)</source>
        <translation>Mostrar el chat (C)</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Organize</source>
        <translation>Organizar</translation>
    </message>
    <message>
        <source>Organize the event</source>
        <translation>Organizar el evento</translation>
    </message>
    <message>
        <source>Organize the event (Ctrl+Shift+O)</source>
        <translation>Organizar el evento (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <source>On air, channels, sessions, announcements, bans and the audit log; Ctrl+Shift+O</source>
        <translation>En emisión, canales, sesiones, anuncios, expulsiones y el registro de cambios; Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Watch together</source>
        <translation>Ver juntos</translation>
    </message>
    <message>
        <source>Watch party “%1”</source>
        <translation>Sala «%1»</translation>
    </message>
    <message>
        <source>You are in the watch party “%1”: its link, or leave it</source>
        <translation>Estás en la sala «%1»: su enlace, o salir de ella</translation>
    </message>
    <message>
        <source>Open a watch party and send its link, or join one by its link</source>
        <translation>Abre una sala para ver juntos y envía su enlace, o únete a una con su enlace</translation>
    </message>
</context>
<context>
    <name>GuideBadge</name>
    <message>
        <source>You guide everyone&apos;s view</source>
        <translation>Guías la vista de todos</translation>
    </message>
    <message>
        <source>Following %1&apos;s view</source>
        <translation>Siguiendo la vista de %1</translation>
    </message>
    <message>
        <source>%1 is guiding the view</source>
        <translation>%1 está guiando la vista</translation>
    </message>
    <message>
        <source>Stop guiding</source>
        <translation>Dejar de guiar</translation>
    </message>
    <message>
        <source>Stop following</source>
        <translation>Dejar de seguir</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Seguir</translation>
    </message>
    <message>
        <source>Your view stops going to the others</source>
        <translation>Tu vista deja de llegar a los demás</translation>
    </message>
    <message>
        <source>Turns your view with the guide&apos;s; you can still look around</source>
        <translation>Gira tu vista con la del guía; puedes seguir mirando alrededor</translation>
    </message>
</context>
<context>
    <name>HeadsetPanel</name>
    <message>
        <source>Omnikast</source>
        <translation>Omnikast</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Ahora: %1</translation>
    </message>
    <message>
        <source>Nothing on air</source>
        <translation>Nada en emisión</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Después: %1</translation>
    </message>
    <message>
        <source>%1: (deleted)</source>
        <translation>%1: (borrado)</translation>
    </message>
    <message>
        <source>No messages yet</source>
        <translation>Aún no hay mensajes</translation>
    </message>
    <message>
        <source>No chat for this channel</source>
        <translation>Este canal no tiene chat</translation>
    </message>
</context>
<context>
    <name>IconButton</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>InfoOverlay</name>
    <message>
        <source>LIVE %1</source>
        <translation>DIRECTO %1</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>  (paused)</source>
        <translation>  (en pausa)</translation>
    </message>
    <message>
        <source>Connection lost — reconnecting…</source>
        <translation>Conexión perdida — reconectando…</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Abriendo…</translation>
    </message>
    <message>
        <source>Buffering %1%</source>
        <translation>Cargando %1%</translation>
    </message>
    <message>
        <source>Projection: %1 (%2), %3</source>
        <translation>Proyección: %1 (%2), %3</translation>
    </message>
    <message>
        <source>Decoder: %1 %2</source>
        <translation>Decodificador: %1 %2</translation>
    </message>
    <message>
        <source>[hardware]</source>
        <translation>[hardware]</translation>
    </message>
    <message>
        <source>[software]</source>
        <translation>[software]</translation>
    </message>
    <message>
        <source>Dropped frames: %1   View: yaw %2° pitch %3° fov %4°</source>
        <translation>Fotogramas perdidos: %1   Vista: giro %2° inclinación %3° campo %4°</translation>
    </message>
    <message>
        <source>Volume: muted</source>
        <translation>Volumen: silenciado</translation>
    </message>
    <message>
        <source>Volume: %1%</source>
        <translation>Volumen: %1%</translation>
    </message>
    <message>
        <source>   Loop: on</source>
        <translation>   Bucle: activado</translation>
    </message>
    <message>
        <source>   Speed: %1×</source>
        <translation>   Velocidad: %1×</translation>
    </message>
    <message>
        <source>Sync: %1 ms off the room</source>
        <translation>Sincronía: %1 ms de desfase con la sala</translation>
    </message>
    <message>
        <source>Sync: playing on its own</source>
        <translation>Sincronía: reproducción independiente</translation>
    </message>
    <message>
        <source>   Clock offset: %1 ms (rtt %2 ms)</source>
        <translation>   Desfase del reloj: %1 ms (rtt %2 ms)</translation>
    </message>
    <message>
        <source>Audio: %1</source>
        <translation>Audio: %1</translation>
    </message>
    <message>
        <source>Playback information</source>
        <translation>Información de reproducción</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The language of the user interface</source>
        <translation>El idioma de la interfaz</translation>
    </message>
</context>
<context>
    <name>LookMenu</name>
    <message>
        <source>Look and text size</source>
        <translation>Aspecto y tamaño del texto</translation>
    </message>
    <message>
        <source>Light colours (Ctrl+Shift+L)</source>
        <translation>Colores claros (Ctrl+Mayús+L)</translation>
    </message>
    <message>
        <source>High contrast (Ctrl+Shift+H)</source>
        <translation>Alto contraste (Ctrl+Mayús+H)</translation>
    </message>
    <message>
        <source>Larger text (Ctrl+=)</source>
        <translation>Texto más grande (Ctrl+=)</translation>
    </message>
    <message>
        <source>Smaller text (Ctrl+-)</source>
        <translation>Texto más pequeño (Ctrl+-)</translation>
    </message>
    <message>
        <source>Normal text size (Ctrl+0)</source>
        <translation>Tamaño de texto normal (Ctrl+0)</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>%1 — Omnikast</source>
        <translation>%1 — Omnikast</translation>
    </message>
    <message>
        <source>Omnikast</source>
        <translation>Omnikast</translation>
    </message>
    <message>
        <source>360° video</source>
        <translation>Vídeo 360°</translation>
    </message>
    <message>
        <source>Drag or use the arrow keys to look around; + and - zoom, R recenters</source>
        <translation>Arrastra o usa las flechas para mirar alrededor; + y - hacen zoom, R vuelve al centro</translation>
    </message>
</context>
<context>
    <name>ModeratorTools</name>
    <message>
        <source>Moderator</source>
        <translation>Moderación</translation>
    </message>
    <message>
        <source>Play for all</source>
        <translation>Reproducir para todos</translation>
    </message>
    <message>
        <source>Pause for all</source>
        <translation>Pausar para todos</translation>
    </message>
    <message>
        <source>−10 s</source>
        <translation>−10 s</translation>
    </message>
    <message>
        <source>Back 10 seconds for everyone</source>
        <translation>Retroceder 10 segundos para todos</translation>
    </message>
    <message>
        <source>+10 s</source>
        <translation>+10 s</translation>
    </message>
    <message>
        <source>Forward 10 seconds for everyone</source>
        <translation>Avanzar 10 segundos para todos</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <source>Media to show in this room</source>
        <translation>Contenido que se muestra en esta sala</translation>
    </message>
    <message>
        <source>Switch</source>
        <translation>Cambiar</translation>
    </message>
    <message>
        <source>Slow mode:</source>
        <translation>Modo lento:</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>No</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Slow mode</source>
        <translation>Modo lento</translation>
    </message>
    <message>
        <source>Announcement to pin</source>
        <translation>Aviso para fijar</translation>
    </message>
    <message>
        <source>Announce</source>
        <translation>Anunciar</translation>
    </message>
    <message>
        <source>Moderator tools</source>
        <translation>Herramientas de moderación</translation>
    </message>
    <message>
        <source>Play for everyone in the room</source>
        <translation>Reproducir para todos en la sala</translation>
    </message>
    <message>
        <source>Pause for everyone in the room</source>
        <translation>Pausar para todos en la sala</translation>
    </message>
    <message>
        <source>Switch the room to this media</source>
        <translation>Cambiar la sala a este medio</translation>
    </message>
    <message>
        <source>The least time between two messages of one person</source>
        <translation>El tiempo mínimo entre dos mensajes de una misma persona</translation>
    </message>
    <message>
        <source>Pin the announcement for everyone</source>
        <translation>Fijar el anuncio para todos</translation>
    </message>
    <message>
        <source>Guide everyone&apos;s view</source>
        <translation>Guiar la vista de todos</translation>
    </message>
    <message>
        <source>Those who follow you turn where you look, as you look around</source>
        <translation>Quienes te siguen miran hacia donde miras mientras miras alrededor</translation>
    </message>
</context>
<context>
    <name>NoStreamPanel</name>
    <message>
        <source>No stream for %1</source>
        <translation>No hay emisión para %1</translation>
    </message>
    <message>
        <source>The schedule lists this room but names no video stream for it. Schedules exported from frab or Pretalx carry none: the organisers&apos; own page may stream it, or the event may add a stream later.</source>
        <translation>El programa incluye esta sala pero no indica ninguna emisión de vídeo. Los programas exportados de frab o Pretalx no las llevan: quizá la página de los organizadores la emita, o el evento añada una emisión más tarde.</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Ahora: %1</translation>
    </message>
    <message>
        <source>Nothing on air in this room now.</source>
        <translation>Ahora no se emite nada en esta sala.</translation>
    </message>
    <message>
        <source>Schedule (S)</source>
        <translation>Programa (S)</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Another room (Ctrl+K)</source>
        <translation>Otra sala (Ctrl+K)</translation>
    </message>
    <message>
        <source>Find a room</source>
        <translation>Buscar una sala</translation>
    </message>
    <message>
        <source>Open the event&apos;s web page</source>
        <translation>Abrir la página web del evento</translation>
    </message>
    <message>
        <source>Next %1: %2</source>
        <translation>Después %1: %2</translation>
    </message>
</context>
<context>
    <name>OrganizeAnnouncePage</name>
    <message>
        <source>Shown as a banner over the video to every viewer, or only to one channel&apos;s viewers, until they dismiss it.</source>
        <translation>Se muestra como un aviso sobre el vídeo a todo el público, o solo al de un canal, hasta que lo descarten.</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Para:</translation>
    </message>
    <message>
        <source>Who sees the announcement</source>
        <translation>Quién ve el aviso</translation>
    </message>
    <message>
        <source>What everyone should know now</source>
        <translation>Lo que todos deben saber ahora</translation>
    </message>
    <message>
        <source>Announcement text</source>
        <translation>Texto del aviso</translation>
    </message>
    <message>
        <source>Ctrl+Enter sends it</source>
        <translation>Ctrl+Intro lo envía</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 de %2 caracteres</translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter)</source>
        <translation>Enviar (Ctrl+Intro)</translation>
    </message>
</context>
<context>
    <name>OrganizeAuditPage</name>
    <message>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <source>Which changes to show</source>
        <translation>Qué cambios mostrar</translation>
    </message>
    <message>
        <source>All changes</source>
        <translation>Todos los cambios</translation>
    </message>
    <message>
        <source>On-air switches</source>
        <translation>Cambios de emisión</translation>
    </message>
    <message>
        <source>Announcements</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <source>Catalog changes</source>
        <translation>Cambios del catálogo</translation>
    </message>
    <message>
        <source>Roles granted</source>
        <translation>Funciones concedidas</translation>
    </message>
    <message>
        <source>Roles revoked</source>
        <translation>Funciones retiradas</translation>
    </message>
    <message>
        <source>Bans lifted</source>
        <translation>Expulsiones levantadas</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registro de cambios</translation>
    </message>
    <message>
        <source>%1: %2, %3, %4</source>
        <translation>%1: %2, %3, %4</translation>
    </message>
    <message>
        <source>%1  ·  %2  ·  %3  →  %4</source>
        <translation>%1  ·  %2  ·  %3  →  %4</translation>
    </message>
    <message>
        <source>No changes yet.</source>
        <translation>Aún no hay cambios.</translation>
    </message>
    <message>
        <source>Newest first. ↑/↓ read the entries · Enter shows only the changes by that entry&apos;s person · Show and By pick which changes, by whom.</source>
        <translation>Lo más reciente primero. ↑/↓ recorren las entradas · Intro muestra solo los cambios de la persona de esa entrada · Mostrar y Por eligen qué cambios y de quién.</translation>
    </message>
    <message>
        <source>By:</source>
        <translation>Por:</translation>
    </message>
    <message>
        <source>Whose changes to show</source>
        <translation>De quién mostrar los cambios</translation>
    </message>
    <message>
        <source>Enter shows only the changes by the entry&apos;s person</source>
        <translation>Intro muestra solo los cambios de la persona de la entrada</translation>
    </message>
    <message>
        <source>No change matches.</source>
        <translation>Ningún cambio coincide.</translation>
    </message>
</context>
<context>
    <name>OrganizeBansPage</name>
    <message>
        <source>Bans and timeouts in force in every room. ↑/↓ pick one, Delete or Backspace lifts it: the person may chat again at once.</source>
        <translation>Expulsiones y silencios vigentes en todas las salas. ↑/↓ elige uno, Supr o Retroceso lo levanta: la persona puede volver a chatear al instante.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Bans and timeouts</source>
        <translation>Expulsiones y silencios</translation>
    </message>
    <message>
        <source>%1 in %2: %3</source>
        <translation>%1 en %2: %3</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Motivo: %1</translation>
    </message>
    <message>
        <source>Lift</source>
        <translation>Levantar</translation>
    </message>
    <message>
        <source>Lift the ban of %1 in %2</source>
        <translation>Levantar la expulsión de %1 en %2</translation>
    </message>
    <message>
        <source>Lift the timeout of %1 in %2</source>
        <translation>Levantar el silencio de %1 en %2</translation>
    </message>
    <message>
        <source>Nobody is banned or timed out.</source>
        <translation>No hay nadie expulsado ni silenciado.</translation>
    </message>
</context>
<context>
    <name>OrganizeChannelsPage</name>
    <message>
        <source>New channel&apos;s name</source>
        <translation>Nombre del canal nuevo</translation>
    </message>
    <message>
        <source>Enter adds it</source>
        <translation>Intro lo añade</translation>
    </message>
    <message>
        <source>Add channel</source>
        <translation>Añadir canal</translation>
    </message>
    <message>
        <source>Channels, in tab order</source>
        <translation>Canales, en el orden de las pestañas</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n sesión</numerusform>
            <numerusform>%n sesiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stream(s)</source>
        <translation>
            <numerusform>%n emisión</numerusform>
            <numerusform>%n emisiones</numerusform>
        </translation>
    </message>
    <message>
        <source>Tab %1: %3, %2</source>
        <translation>Pestaña %1: %3, %2</translation>
    </message>
    <message>
        <source>No stream yet</source>
        <translation>Aún sin emisión</translation>
    </message>
    <message>
        <source>The event has no channels yet: name one above.</source>
        <translation>El evento aún no tiene canales: pon nombre a uno arriba.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Channel name</source>
        <translation>Nombre del canal</translation>
    </message>
    <message>
        <source>Enter saves it, Esc goes back to the list</source>
        <translation>Intro lo guarda, Esc vuelve a la lista</translation>
    </message>
    <message>
        <source>Move earlier</source>
        <translation>Mover antes</translation>
    </message>
    <message>
        <source>Ctrl+↑</source>
        <translation>Ctrl+↑</translation>
    </message>
    <message>
        <source>Move later</source>
        <translation>Mover después</translation>
    </message>
    <message>
        <source>Ctrl+↓</source>
        <translation>Ctrl+↓</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Quitar…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supr</translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation>¿Quitar %1?</translation>
    </message>
    <message>
        <source>Its tab goes from every viewer&apos;s window. Sessions must be on another channel first.</source>
        <translation>Su pestaña desaparece de la ventana de todos los espectadores. Antes, las sesiones deben estar en otro canal.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>↑/↓ pick a channel · F2 edit it and its streams · Ctrl+↑/↓ move it in the tab order · H hide it from attendees · Delete remove it. Every viewer sees each change at once.</source>
        <translation>↑/↓ eligen un canal · F2 lo edita con sus emisiones · Ctrl+↑/↓ lo mueven en el orden de pestañas · H lo oculta a los asistentes · Supr lo elimina. Todos los espectadores ven cada cambio al instante.</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Oculto</translation>
    </message>
    <message>
        <source>Hidden from attendees</source>
        <translation>Oculto a los asistentes</translation>
    </message>
    <message>
        <source>H in the list: its tab, sessions and now/next go from attendees&apos; windows; organizers still see it</source>
        <translation>H en la lista: su pestaña, sus sesiones y el ahora/después desaparecen de las ventanas de los asistentes; los organizadores lo siguen viendo</translation>
    </message>
    <message>
        <source>Hidden from attendees: %2, %1</source>
        <translation>Oculto a los asistentes: %2, %1</translation>
    </message>
</context>
<context>
    <name>OrganizeImportDialog</name>
    <message>
        <source>Re-import the schedule</source>
        <translation>Volver a importar el programa</translation>
    </message>
    <message>
        <source>The schedule&apos;s address (a Pretalx or frab export):</source>
        <translation>Dirección del programa (una exportación de Pretalx o frab):</translation>
    </message>
    <message>
        <source>Schedule address</source>
        <translation>Dirección del programa</translation>
    </message>
    <message>
        <source>Enter previews what an import would change; Ctrl+Enter imports the preview</source>
        <translation>Intro muestra qué cambiaría una importación; Ctrl+Intro importa la vista previa</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Trabajando</translation>
    </message>
    <message>
        <source>What an import would change</source>
        <translation>Qué cambiaría una importación</translation>
    </message>
    <message>
        <source>The schedule brings nothing new.</source>
        <translation>El programa no trae nada nuevo.</translation>
    </message>
    <message>
        <source>Preview (Enter) shows what an import would change. Nothing changes before Apply.</source>
        <translation>Vista previa (Intro) muestra qué cambiaría una importación. Nada cambia antes de Aplicar.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Enter in the address</source>
        <translation>Intro en la dirección</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Ctrl+Enter. Imports what the preview shows</source>
        <translation>Ctrl+Intro. Importa lo que muestra la vista previa</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
</context>
<context>
    <name>OrganizeOnAirPage</name>
    <message>
        <source>↑/↓ pick a channel · N or Enter: its next session on air · Delete: nothing on air. Every viewer of the channel follows at once.</source>
        <translation>↑/↓ elige un canal · N o Intro: su siguiente sesión en emisión · Supr: nada en emisión. Todo el público del canal lo sigue al instante.</translation>
    </message>
    <message>
        <source>Channels and what is on air</source>
        <translation>Canales y lo que está en emisión</translation>
    </message>
    <message>
        <source>%1: on air: %2. Next: %3</source>
        <translation>%1: en emisión: %2. Después: %3</translation>
    </message>
    <message>
        <source>%1: on air: %2</source>
        <translation>%1: en emisión: %2</translation>
    </message>
    <message>
        <source>%1: nothing on air. Next: %2</source>
        <translation>%1: nada en emisión. Después: %2</translation>
    </message>
    <message>
        <source>%1: nothing on air</source>
        <translation>%1: nada en emisión</translation>
    </message>
    <message>
        <source>Switching…</source>
        <translation>Cambiando…</translation>
    </message>
    <message>
        <source>On air: %1</source>
        <translation>En emisión: %1</translation>
    </message>
    <message>
        <source>Nothing on air</source>
        <translation>Nada en emisión</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Después: %1</translation>
    </message>
    <message>
        <source>Session to put on air on %1</source>
        <translation>Sesión para emitir en %1</translation>
    </message>
    <message>
        <source>Put on air</source>
        <translation>Emitir</translation>
    </message>
    <message>
        <source>Put the chosen session on air on %1</source>
        <translation>Emitir la sesión elegida en %1</translation>
    </message>
    <message>
        <source>Off air</source>
        <translation>Quitar de emisión</translation>
    </message>
    <message>
        <source>Nothing on air on %1</source>
        <translation>Nada en emisión en %1</translation>
    </message>
    <message>
        <source>This event has no channels.</source>
        <translation>Este evento no tiene canales.</translation>
    </message>
</context>
<context>
    <name>OrganizePanel</name>
    <message>
        <source>Organize the event</source>
        <translation>Organizar el evento</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Trabajando</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>On air</source>
        <translation>En emisión</translation>
    </message>
    <message>
        <source>Announce</source>
        <translation>Anunciar</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registro de cambios</translation>
    </message>
    <message>
        <source>Bans</source>
        <translation>Expulsiones</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canales</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Salas</translation>
    </message>
</context>
<context>
    <name>OrganizeRoomsPage</name>
    <message>
        <source>↑/↓ pick a room · C close or open it · G signed-in only · S slow mode. Every viewer&apos;s chat follows at once.</source>
        <translation>↑/↓ elige una sala · C la cierra o la abre · G solo con sesión iniciada · S modo lento. El chat de cada espectador lo sigue al instante.</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Salas</translation>
    </message>
    <message>
        <source>%2: %1</source>
        <translation>%2: %1</translation>
    </message>
    <message>
        <source>The event has no channels yet: add one on the Channels page.</source>
        <translation>El evento aún no tiene canales: añade uno en la página Canales.</translation>
    </message>
    <message>
        <source>Closed: attendees read, only moderators write</source>
        <translation>Cerrada: los asistentes leen, solo los moderadores escriben</translation>
    </message>
    <message>
        <source>C in the list</source>
        <translation>C en la lista</translation>
    </message>
    <message>
        <source>Only signed-in people write</source>
        <translation>Solo escribe quien ha iniciado sesión</translation>
    </message>
    <message>
        <source>G in the list</source>
        <translation>G en la lista</translation>
    </message>
    <message>
        <source>Slow mode</source>
        <translation>Modo lento</translation>
    </message>
    <message>
        <source>Slow mode the room starts with</source>
        <translation>Modo lento con el que empieza la sala</translation>
    </message>
    <message>
        <source>S in the list. A moderator may change it in the room.</source>
        <translation>S en la lista. Un moderador puede cambiarlo en la sala.</translation>
    </message>
    <message>
        <source>Moderators of %1</source>
        <translation>Moderadores de %1</translation>
    </message>
    <message>
        <source>Moderators</source>
        <translation>Moderadores</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>nombre@example.org</translation>
    </message>
    <message>
        <source>E-mail address of a new moderator</source>
        <translation>Correo electrónico de un nuevo moderador</translation>
    </message>
    <message>
        <source>Enter makes them a moderator of this room</source>
        <translation>Intro lo hace moderador de esta sala</translation>
    </message>
    <message>
        <source>Make moderator</source>
        <translation>Hacer moderador</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>No one moderates this room yet.</source>
        <translation>Nadie modera esta sala todavía.</translation>
    </message>
    <message>
        <source>Take the role back?</source>
        <translation>¿Retirar el rol?</translation>
    </message>
    <message>
        <source>%1: %2. From their next sign-in they chat as an attendee.</source>
        <translation>%1: %2. Desde su próximo inicio de sesión chateará como asistente.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Retirar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Delete takes the role back</source>
        <translation>Suprimir retira el rol</translation>
    </message>
</context>
<context>
    <name>OrganizeSessionsPage</name>
    <message>
        <source>Find a session</source>
        <translation>Buscar una sesión</translation>
    </message>
    <message>
        <source>%1 of %2 sessions shown</source>
        <translation>%1 de %2 sesiones mostradas</translation>
    </message>
    <message>
        <source>Sessions, in start order</source>
        <translation>Sesiones, por hora de inicio</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Cancelada: %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>The event has no sessions.</source>
        <translation>El evento no tiene sesiones.</translation>
    </message>
    <message>
        <source>No session matches.</source>
        <translation>Ninguna sesión coincide.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Enter saves, Esc goes back to the list</source>
        <translation>Intro guarda, Esc vuelve a la lista</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Empieza</translation>
    </message>
    <message>
        <source>Starts, year-month-day hours:minutes, in %1</source>
        <translation>Empieza, año-mes-día horas:minutos, en %1</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Length, hours:minutes</source>
        <translation>Duración, horas:minutos</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Enter in any field</source>
        <translation>Intro en cualquier campo</translation>
    </message>
    <message>
        <source>Bring it back</source>
        <translation>Recuperarla</translation>
    </message>
    <message>
        <source>Cancel the session</source>
        <translation>Cancelar la sesión</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Quitar…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supr</translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation>¿Quitar %1?</translation>
    </message>
    <message>
        <source>It goes from every viewer&apos;s schedule and reminders. To keep it shown struck through, cancel it instead.</source>
        <translation>Desaparece del programa y los recordatorios de todos los espectadores. Para que siga visible tachada, cancélala en su lugar.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Re-import schedule…</source>
        <translation>Volver a importar el programa…</translation>
    </message>
    <message>
        <source>I in the list. Shows what would change before anything does</source>
        <translation>I en la lista. Muestra qué cambiaría antes de cambiar nada</translation>
    </message>
    <message>
        <source>Type to find a session · ↓ into the list · Enter or F2 edit it: title, times, channel, speakers (names, separated by commas; a new name adds a speaker), topic · Ctrl+D cancel it or bring it back · Delete remove it · I re-import the schedule. Times are in %1.</source>
        <translation>Escribe para buscar una sesión · ↓ entra en la lista · Intro o F2 la editan: título, horas, canal, ponentes (nombres separados por comas; un nombre nuevo añade un ponente), tema · Ctrl+D la cancela o la recupera · Supr la elimina · I vuelve a importar el programa. Las horas están en %1.</translation>
    </message>
    <message>
        <source>Find a session: title, room, speaker or day</source>
        <translation>Buscar una sesión: título, sala, ponente o día</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Ponentes</translation>
    </message>
    <message>
        <source>Names, separated by commas</source>
        <translation>Nombres, separados por comas</translation>
    </message>
    <message>
        <source>Speakers, names separated by commas</source>
        <translation>Ponentes, nombres separados por comas</translation>
    </message>
    <message>
        <source>A name the event does not have yet adds a new speaker. Enter saves, Esc goes back to the list</source>
        <translation>Un nombre que el evento aún no tiene añade un ponente nuevo. Intro guarda, Esc vuelve a la lista</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
</context>
<context>
    <name>OrganizeStreamFields</name>
    <message>
        <source>Add the main stream</source>
        <translation>Añadir la emisión principal</translation>
    </message>
    <message>
        <source>Add a fallback stream</source>
        <translation>Añadir una emisión de reserva</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Emisión</translation>
    </message>
    <message>
        <source>Which stream</source>
        <translation>Qué emisión</translation>
    </message>
    <message>
        <source>1 is the one viewers open; the others are offered when it fails</source>
        <translation>La 1 es la que abren los espectadores; las demás se ofrecen cuando falla</translation>
    </message>
    <message>
        <source>Remove stream</source>
        <translation>Eliminar emisión</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>https://…/live.m3u8, rtmp://…, srt://…</source>
        <translation>https://…/live.m3u8, rtmp://…, srt://…</translation>
    </message>
    <message>
        <source>Stream address</source>
        <translation>Dirección de la emisión</translation>
    </message>
    <message>
        <source>Enter saves the stream: viewers of the channel follow at once</source>
        <translation>Intro guarda la emisión: los espectadores del canal la siguen al instante</translation>
    </message>
    <message>
        <source>Stop test</source>
        <translation>Detener prueba</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Probar</translation>
    </message>
    <message>
        <source>Checks that the address plays, as omnikast check does (Ctrl+T in the address)</source>
        <translation>Comprueba que la dirección se reproduce, como omnikast check (Ctrl+T en la dirección)</translation>
    </message>
    <message>
        <source>Testing the stream</source>
        <translation>Probando la emisión</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>Projection</source>
        <translation>Proyección</translation>
    </message>
    <message>
        <source>How the picture is mapped onto the sphere</source>
        <translation>Cómo se proyecta la imagen sobre la esfera</translation>
    </message>
    <message>
        <source>Stereo layout</source>
        <translation>Disposición estéreo</translation>
    </message>
    <message>
        <source>How the two eyes are packed in the picture</source>
        <translation>Cómo se colocan los dos ojos en la imagen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>en, ja…</source>
        <translation>en, ja…</translation>
    </message>
    <message>
        <source>Stream language</source>
        <translation>Idioma de la emisión</translation>
    </message>
    <message>
        <source>A language tag such as en, ja or pt-BR; empty when it has no speech</source>
        <translation>Una etiqueta de idioma como en, ja o pt-BR; vacía si no hay voz</translation>
    </message>
    <message>
        <source>Label viewers pick it by (optional)</source>
        <translation>Etiqueta con la que la eligen los espectadores (opcional)</translation>
    </message>
    <message>
        <source>Stream label</source>
        <translation>Etiqueta de la emisión</translation>
    </message>
    <message>
        <source>What viewers see when a channel offers several streams</source>
        <translation>Lo que ven los espectadores cuando un canal ofrece varias emisiones</translation>
    </message>
    <message>
        <source>Add stream</source>
        <translation>Añadir emisión</translation>
    </message>
    <message>
        <source>Save stream</source>
        <translation>Guardar emisión</translation>
    </message>
    <message>
        <source>Enter in any stream field</source>
        <translation>Intro en cualquier campo de la emisión</translation>
    </message>
    <message>
        <source>Remove stream %1?</source>
        <translation>¿Eliminar la emisión %1?</translation>
    </message>
    <message>
        <source>Viewers watching it switch to the next stream, or to none: %1</source>
        <translation>Quienes la ven pasan a la siguiente emisión, o a ninguna: %1</translation>
    </message>
    <message>
        <source>The player no longer offers it: %1</source>
        <translation>El reproductor deja de ofrecerla: %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>PartyPopup</name>
    <message>
        <source>Watching %1</source>
        <translation>Viendo %1</translation>
    </message>
    <message>
        <source>Watch together</source>
        <translation>Ver juntos</translation>
    </message>
    <message>
        <source>Watch party “%1”</source>
        <translation>Sala «%1»</translation>
    </message>
    <message>
        <source>You host it. Whoever opens this link joins, once signed in; you run its playback for everyone.</source>
        <translation>Eres el anfitrión. Quien abra este enlace entra tras iniciar sesión; tú controlas la reproducción para todos.</translation>
    </message>
    <message>
        <source>You host it. Anyone with this link joins; you run its playback for everyone.</source>
        <translation>Eres el anfitrión. Cualquiera con este enlace entra; tú controlas la reproducción para todos.</translation>
    </message>
    <message>
        <source>Its host picks what everyone watches; the chat is the party&apos;s.</source>
        <translation>El anfitrión elige lo que ven todos; el chat es el de la sala.</translation>
    </message>
    <message>
        <source>The party&apos;s link</source>
        <translation>El enlace de la sala</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Copiar enlace</translation>
    </message>
    <message>
        <source>The link works until %1.</source>
        <translation>El enlace vale hasta el %1.</translation>
    </message>
    <message>
        <source>Leave the party</source>
        <translation>Salir de la sala</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Iniciar sesión…</translation>
    </message>
    <message>
        <source>Open a room of your own: everyone who opens its link watches the same moment as you, with a chat of its own.</source>
        <translation>Abre una sala propia: todos los que abran su enlace ven el mismo momento que tú, con un chat propio.</translation>
    </message>
    <message>
        <source>Sign in to open a party of your own. To join one, paste its link below.</source>
        <translation>Inicia sesión para abrir una sala propia. Para unirte a una, pega su enlace abajo.</translation>
    </message>
    <message>
        <source>The party&apos;s name</source>
        <translation>Nombre de la sala</translation>
    </message>
    <message>
        <source>Only people with the link, signed in</source>
        <translation>Solo quien tenga el enlace y haya iniciado sesión</translation>
    </message>
    <message>
        <source>Open the party</source>
        <translation>Abrir la sala</translation>
    </message>
    <message>
        <source>omnikast://…/room/… (a party&apos;s link)</source>
        <translation>omnikast://…/room/… (el enlace de una sala)</translation>
    </message>
    <message>
        <source>A party&apos;s link to join</source>
        <translation>Enlace de la sala a la que unirse</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Unirse</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>PinnedBanner</name>
    <message>
        <source>Pinned announcement: %1</source>
        <translation>Anuncio fijado: %1</translation>
    </message>
    <message>
        <source>Unpin the announcement</source>
        <translation>Quitar el aviso fijado</translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <source>Go to channel</source>
        <translation>Ir al canal</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Go to the session&apos;s channel</source>
        <translation>Ir al canal de la sesión</translation>
    </message>
    <message>
        <source>Dismiss the reminder</source>
        <translation>Descartar el recordatorio</translation>
    </message>
</context>
<context>
    <name>ScheduleCell</name>
    <message>
        <source>Event time: %1</source>
        <translation>Hora del evento: %1</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Cancelada: %1</translation>
    </message>
</context>
<context>
    <name>ScheduleGrid</name>
    <message>
        <source>%1, %2–%3</source>
        <translation>%1, %2–%3</translation>
    </message>
    <message>
        <source>Enter shows the details</source>
        <translation>Intro muestra los detalles</translation>
    </message>
    <message>
        <source>%1, %2–%3, cancelled</source>
        <translation>%1, %2–%3, cancelada</translation>
    </message>
</context>
<context>
    <name>ScheduleView</name>
    <message>
        <source>Schedule</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>Todos los temas</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Todos los idiomas</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>Search title, speaker, abstract</source>
        <translation>Buscar título, ponente, resumen</translation>
    </message>
    <message>
        <source>★ only</source>
        <translation>Solo ★</translation>
    </message>
    <message>
        <source>Export .ics</source>
        <translation>Exportar .ics</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Export my schedule</source>
        <translation>Exportar mi programa</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Archivos iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Topic filter</source>
        <translation>Filtro de tema</translation>
    </message>
    <message>
        <source>Language filter</source>
        <translation>Filtro de idioma</translation>
    </message>
    <message>
        <source>Session type filter</source>
        <translation>Filtro de tipo de sesión</translation>
    </message>
    <message>
        <source>Search sessions</source>
        <translation>Buscar sesiones</translation>
    </message>
    <message>
        <source>Starred sessions only</source>
        <translation>Solo sesiones marcadas</translation>
    </message>
    <message>
        <source>Export my starred sessions as an .ics calendar file</source>
        <translation>Exportar mis sesiones marcadas como calendario .ics</translation>
    </message>
    <message>
        <source>Close the schedule</source>
        <translation>Cerrar el programa</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>Jump to the current time</source>
        <translation>Ir a la hora actual</translation>
    </message>
    <message>
        <source>Shorter hours (zoom out); Ctrl+wheel zooms too</source>
        <translation>Horas más bajas (alejar); Ctrl+rueda también</translation>
    </message>
    <message>
        <source>Taller hours (zoom in); Ctrl+wheel zooms too</source>
        <translation>Horas más altas (acercar); Ctrl+rueda también</translation>
    </message>
</context>
<context>
    <name>SessionDetails</name>
    <message>
        <source>%1–%2 · %3</source>
        <translation>%1–%2 · %3</translation>
    </message>
    <message>
        <source>Event time: %1</source>
        <translation>Hora del evento: %1</translation>
    </message>
    <message>
        <source>★ Starred</source>
        <translation>★ Marcada</translation>
    </message>
    <message>
        <source>☆ Star</source>
        <translation>☆ Marcar</translation>
    </message>
    <message>
        <source>Go to channel</source>
        <translation>Ir al canal</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Session: %1</source>
        <translation>Sesión: %1</translation>
    </message>
    <message>
        <source>Open link: %1</source>
        <translation>Abrir enlace: %1</translation>
    </message>
    <message>
        <source>Remove from my schedule</source>
        <translation>Quitar de mi programa</translation>
    </message>
    <message>
        <source>Add to my schedule</source>
        <translation>Añadir a mi programa</translation>
    </message>
    <message>
        <source>Go to this session&apos;s channel</source>
        <translation>Ir al canal de esta sesión</translation>
    </message>
    <message>
        <source>Close the session details</source>
        <translation>Cerrar los detalles de la sesión</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>No captions shown: %1</source>
        <translation>No se muestran subtítulos: %1</translation>
    </message>
    <message>
        <source>This stream has no captions</source>
        <translation>Esta emisión no tiene subtítulos</translation>
    </message>
    <message>
        <source>Captions on</source>
        <translation>Subtítulos activados</translation>
    </message>
    <message>
        <source>Captions off</source>
        <translation>Subtítulos desactivados</translation>
    </message>
    <message>
        <source>Loop on</source>
        <translation>Bucle activado</translation>
    </message>
    <message>
        <source>Loop off</source>
        <translation>Bucle desactivado</translation>
    </message>
    <message>
        <source>Muted</source>
        <translation>Silenciado</translation>
    </message>
    <message>
        <source>Volume %1%</source>
        <translation>Volumen %1%</translation>
    </message>
    <message>
        <source>Speed %1×</source>
        <translation>Velocidad %1×</translation>
    </message>
    <message>
        <source>Only the event&apos;s admins can organize it</source>
        <translation>Solo la administración del evento puede organizarlo</translation>
    </message>
</context>
<context>
    <name>SignInPopup</name>
    <message>
        <source>Sign in</source>
        <translation>Entrar</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Has entrado</translation>
    </message>
    <message>
        <source>Sign in to this event</source>
        <translation>Entrar en este evento</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>We mail you a code and a link. No password.</source>
        <translation>Te enviamos por correo un código y un enlace. Sin contraseña.</translation>
    </message>
    <message>
        <source>you@example.org</source>
        <translation>tu@example.org</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Dirección de correo</translation>
    </message>
    <message>
        <source>Code, like K7Q-4MX</source>
        <translation>Código, como K7Q-4MX</translation>
    </message>
    <message>
        <source>Code from the mail</source>
        <translation>Código del correo</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Trabajando</translation>
    </message>
    <message>
        <source>Send code</source>
        <translation>Enviar código</translation>
    </message>
    <message>
        <source>Another address</source>
        <translation>Otra dirección</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>This event is for registered attendees: use the address you registered with.</source>
        <translation>Este evento es para personas inscritas: usa la dirección con la que te inscribiste.</translation>
    </message>
    <message>
        <source>Sign in with %1</source>
        <translation>Entrar con %1</translation>
    </message>
    <message>
        <source>Opens your web browser</source>
        <translation>Abre tu navegador web</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Or we mail you a code and a link. No password.</source>
        <translation>O te enviamos por correo un código y un enlace. Sin contraseña.</translation>
    </message>
    <message>
        <source>This event&apos;s server offers no sign-in: you chat as a guest.</source>
        <translation>El servidor de este evento no ofrece acceso: chateas como invitado.</translation>
    </message>
</context>
<context>
    <name>StreamPicker</name>
    <message>
        <source>Stream</source>
        <translation>Emisión</translation>
    </message>
    <message>
        <source>Which of this channel&apos;s streams plays</source>
        <translation>Qué emisión de este canal se reproduce</translation>
    </message>
</context>
<context>
    <name>VolumeControl</name>
    <message>
        <source>Unmute</source>
        <translation>Activar sonido</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Silenciar</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Volume %1 %</source>
        <translation>Volumen %1 %</translation>
    </message>
</context>
<context>
    <name>VrButton</name>
    <message>
        <source>Looking for a VR headset…</source>
        <translation>Buscando un visor de RV…</translation>
    </message>
    <message>
        <source>VR unavailable: %1</source>
        <translation>RV no disponible: %1</translation>
    </message>
    <message>
        <source>Leave VR and go back to the desktop view (Ctrl+Shift+V)</source>
        <translation>Salir de la RV y volver a la vista de escritorio (Ctrl+Mayús+V)</translation>
    </message>
    <message>
        <source>Show the stream in the headset, %1 (Ctrl+Shift+V)</source>
        <translation>Mostrar la emisión en el visor, %1 (Ctrl+Mayús+V)</translation>
    </message>
    <message>
        <source>Exit VR</source>
        <translation>Salir de RV</translation>
    </message>
    <message>
        <source>VR</source>
        <translation>RV</translation>
    </message>
    <message>
        <source>VR headset</source>
        <translation>Visor de RV</translation>
    </message>
</context>
<context>
    <name>VrMirrorBadge</name>
    <message>
        <source>In VR — mirroring the left eye (headset %1)</source>
        <translation>En RV — reflejando el ojo izquierdo (visor: %1)</translation>
    </message>
    <message>
        <source>In VR — mirroring the left eye</source>
        <translation>En RV — reflejando el ojo izquierdo</translation>
    </message>
</context>
<context>
    <name>WhoIsHerePopup</name>
    <message numerus="yes">
        <source>%n watching</source>
        <translation>
            <numerusform>%n viendo</numerusform>
            <numerusform>%n viendo</numerusform>
        </translation>
    </message>
    <message>
        <source>People watching</source>
        <translation>Personas mirando</translation>
    </message>
</context>
<context>
    <name>omk::ui::AccountSession</name>
    <message>
        <source>That code is wrong or has expired. Check the newest mail, or ask for a new code.</source>
        <translation>Ese código es incorrecto o ha caducado. Mira el correo más reciente o pide un código nuevo.</translation>
    </message>
    <message numerus="yes">
        <source>Too many tries. Wait %n second(s) and try again.</source>
        <translation>
            <numerusform>Demasiados intentos. Espera %n segundo y vuelve a intentarlo.</numerusform>
            <numerusform>Demasiados intentos. Espera %n segundos y vuelve a intentarlo.</numerusform>
        </translation>
    </message>
    <message>
        <source>The event&apos;s server cannot send mail right now. Try again in a few minutes, or tell the organizers.</source>
        <translation>El servidor del evento no puede enviar correo ahora. Inténtalo en unos minutos o avisa a la organización.</translation>
    </message>
    <message>
        <source>That is not an e-mail address.</source>
        <translation>Eso no es una dirección de correo.</translation>
    </message>
    <message>
        <source>This account is disabled. Ask the organizers.</source>
        <translation>Esta cuenta está desactivada. Pregunta a la organización.</translation>
    </message>
    <message>
        <source>You were signed out because this sign-in was used on another device. Sign in again.</source>
        <translation>Se cerró tu sesión porque este acceso se usó en otro dispositivo. Vuelve a entrar.</translation>
    </message>
    <message>
        <source>Your sign-in has ended. Sign in again.</source>
        <translation>Tu acceso ha terminado. Vuelve a entrar.</translation>
    </message>
    <message>
        <source>Cannot reach the event&apos;s server. Check the connection and try again.</source>
        <translation>No se puede contactar con el servidor del evento. Revisa la conexión e inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>Signing in failed (%1).</source>
        <translation>No se pudo entrar (%1).</translation>
    </message>
    <message>
        <source>Type the e-mail address you registered with.</source>
        <translation>Escribe la dirección de correo con la que te registraste.</translation>
    </message>
    <message>
        <source>Sending a code to %1…</source>
        <translation>Enviando un código a %1…</translation>
    </message>
    <message>
        <source>If %1 may sign in to this event, a code is on its way. Type it here, or open the link in the mail.</source>
        <translation>Si %1 puede entrar en este evento, el código va de camino. Escríbelo aquí o abre el enlace del correo.</translation>
    </message>
    <message>
        <source>Type the code from the mail.</source>
        <translation>Escribe el código del correo.</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation>Comprobando el código…</translation>
    </message>
    <message>
        <source>Signed in, but the sign-in cannot be kept for next time: %1</source>
        <translation>Has entrado, pero el acceso no se puede guardar para la próxima vez: %1</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Has entrado como %1.</translation>
    </message>
    <message>
        <source>Cannot reach the event&apos;s server to renew your sign-in; trying again.</source>
        <translation>No se puede contactar con el servidor del evento para renovar tu acceso; se reintentará.</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>Has salido.</translation>
    </message>
    <message>
        <source>That is not a sign-in link: %1</source>
        <translation>Eso no es un enlace de acceso: %1</translation>
    </message>
    <message>
        <source>it opens a channel</source>
        <translation>abre un canal</translation>
    </message>
    <message>
        <source>This sign-in link is for %1, not for this event&apos;s server (%2).</source>
        <translation>Este enlace de acceso es para %1, no para el servidor de este evento (%2).</translation>
    </message>
    <message>
        <source>Signed in. You can close this tab and go back to Omnikast.</source>
        <translation>Has entrado. Puedes cerrar esta pestaña y volver a Omnikast.</translation>
    </message>
    <message>
        <source>Finish signing in with %1 in your web browser…</source>
        <translation>Termina de entrar con %1 en tu navegador web…</translation>
    </message>
    <message>
        <source>Signing in was cancelled.</source>
        <translation>Se canceló el acceso.</translation>
    </message>
    <message>
        <source>No answer came back from the browser. Try again.</source>
        <translation>El navegador no devolvió respuesta. Inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>Cannot reach %1. Check the connection and try again.</source>
        <translation>No se puede contactar con %1. Revisa la conexión e inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>%1 did not sign you in: %2</source>
        <translation>%1 no te dejó entrar: %2</translation>
    </message>
    <message>
        <source>Checking the sign-in…</source>
        <translation>Comprobando el acceso…</translation>
    </message>
    <message>
        <source>%1 did not confirm your e-mail address, so this event cannot tell who you are. Use the e-mail sign-in instead.</source>
        <translation>%1 no confirmó tu dirección de correo, así que este evento no puede saber quién eres. Usa el acceso por correo.</translation>
    </message>
    <message>
        <source>Your address is not registered for this event.</source>
        <translation>Tu dirección no está inscrita en este evento.</translation>
    </message>
    <message>
        <source>Signing in did not finish here. Go back to Omnikast to try again.</source>
        <translation>El acceso no terminó aquí. Vuelve a Omnikast para intentarlo de nuevo.</translation>
    </message>
    <message>
        <source>Cannot open the sign-in page: %1</source>
        <translation>No se puede abrir la página de acceso: %1</translation>
    </message>
    <message>
        <source>Your sign-in is kept in the system keyring.</source>
        <translation>Tu inicio de sesión se guarda en el llavero del sistema.</translation>
    </message>
    <message>
        <source>Your sign-in is kept in %1, readable only by you (not in the system keyring: %2).</source>
        <translation>Tu inicio de sesión se guarda en %1, que solo tú puedes leer (no en el llavero del sistema: %2).</translation>
    </message>
    <message>
        <source>Your sign-in is kept in the system keyring where there is one, otherwise in %1, readable only by you.</source>
        <translation>Tu inicio de sesión se guarda en el llavero del sistema si hay uno; si no, en %1, que solo tú puedes leer.</translation>
    </message>
</context>
<context>
    <name>omk::ui::ActionTable</name>
    <message>
        <source>turn left 5°</source>
        <translation>girar 5° a la izquierda</translation>
    </message>
    <message>
        <source>turn right 5°</source>
        <translation>girar 5° a la derecha</translation>
    </message>
    <message>
        <source>look up 5°</source>
        <translation>mirar 5° hacia arriba</translation>
    </message>
    <message>
        <source>look down 5°</source>
        <translation>mirar 5° hacia abajo</translation>
    </message>
    <message>
        <source>zoom in</source>
        <translation>acercar</translation>
    </message>
    <message>
        <source>zoom out</source>
        <translation>alejar</translation>
    </message>
    <message>
        <source>look straight ahead again</source>
        <translation>volver a mirar al frente</translation>
    </message>
    <message>
        <source>pause / play</source>
        <translation>pausa / reproducir</translation>
    </message>
    <message>
        <source>back 10 s</source>
        <translation>10 s atrás</translation>
    </message>
    <message>
        <source>forward 10 s</source>
        <translation>10 s adelante</translation>
    </message>
    <message>
        <source>volume down</source>
        <translation>bajar el volumen</translation>
    </message>
    <message>
        <source>volume up</source>
        <translation>subir el volumen</translation>
    </message>
    <message>
        <source>mute</source>
        <translation>silenciar</translation>
    </message>
    <message>
        <source>loop on / off</source>
        <translation>repetición sí / no</translation>
    </message>
    <message>
        <source>10 % slower</source>
        <translation>10 % más lento</translation>
    </message>
    <message>
        <source>10 % faster</source>
        <translation>10 % más rápido</translation>
    </message>
    <message>
        <source>normal speed</source>
        <translation>velocidad normal</translation>
    </message>
    <message>
        <source>captions on / off</source>
        <translation>subtítulos sí / no</translation>
    </message>
    <message>
        <source>fullscreen on / off</source>
        <translation>pantalla completa sí / no</translation>
    </message>
    <message>
        <source>back to the video; leave fullscreen</source>
        <translation>volver al vídeo; salir de pantalla completa</translation>
    </message>
    <message>
        <source>high contrast on / off</source>
        <translation>alto contraste sí / no</translation>
    </message>
    <message>
        <source>larger text</source>
        <translation>texto más grande</translation>
    </message>
    <message>
        <source>smaller text</source>
        <translation>texto más pequeño</translation>
    </message>
    <message>
        <source>normal text</source>
        <translation>texto normal</translation>
    </message>
    <message>
        <source>quit</source>
        <translation>salir</translation>
    </message>
    <message>
        <source>VR headset on / off</source>
        <translation>visor de RV sí / no</translation>
    </message>
    <message>
        <source>next channel</source>
        <translation>canal siguiente</translation>
    </message>
    <message>
        <source>previous channel</source>
        <translation>canal anterior</translation>
    </message>
    <message>
        <source>channel 1 … 9</source>
        <translation>canal 1 … 9</translation>
    </message>
    <message>
        <source>the schedule</source>
        <translation>el programa</translation>
    </message>
    <message>
        <source>show / hide the chat</source>
        <translation>mostrar / ocultar el chat</translation>
    </message>
    <message>
        <source>write a message</source>
        <translation>escribir un mensaje</translation>
    </message>
    <message>
        <source>find a room</source>
        <translation>buscar una sala</translation>
    </message>
    <message>
        <source>the technical overlay on / off</source>
        <translation>mostrar / ocultar la capa de información técnica</translation>
    </message>
    <message>
        <source>light / dark colours</source>
        <translation>colores claros / oscuros</translation>
    </message>
    <message>
        <source>organize the event (admins)</source>
        <translation>organizar el evento (administración)</translation>
    </message>
</context>
<context>
    <name>omk::ui::AdminEditRunner</name>
    <message>
        <source>Wait a moment: the last change of this one is on its way.</source>
        <translation>Espera un momento: el último cambio está en camino.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>omk::ui::AuditLogModel</name>
    <message>
        <source>On air switched</source>
        <translation>Emisión cambiada</translation>
    </message>
    <message>
        <source>Announcement sent</source>
        <translation>Aviso enviado</translation>
    </message>
    <message>
        <source>Catalog changed</source>
        <translation>Catálogo cambiado</translation>
    </message>
    <message>
        <source>Role granted</source>
        <translation>Función concedida</translation>
    </message>
    <message>
        <source>Role revoked</source>
        <translation>Función retirada</translation>
    </message>
    <message>
        <source>Ban lifted</source>
        <translation>Expulsión levantada</translation>
    </message>
    <message>
        <source>Channel added</source>
        <translation>Canal añadido</translation>
    </message>
    <message>
        <source>Channel changed</source>
        <translation>Canal cambiado</translation>
    </message>
    <message>
        <source>Channel removed</source>
        <translation>Canal quitado</translation>
    </message>
    <message>
        <source>Stream added</source>
        <translation>Emisión añadida</translation>
    </message>
    <message>
        <source>Stream changed</source>
        <translation>Emisión cambiada</translation>
    </message>
    <message>
        <source>Stream removed</source>
        <translation>Emisión quitada</translation>
    </message>
    <message>
        <source>Session added</source>
        <translation>Sesión añadida</translation>
    </message>
    <message>
        <source>Session changed</source>
        <translation>Sesión cambiada</translation>
    </message>
    <message>
        <source>Session removed</source>
        <translation>Sesión quitada</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a person&apos;s name and account id</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Speaker added</source>
        <translation>Ponente añadido</translation>
    </message>
    <message>
        <source>Speaker changed</source>
        <translation>Ponente cambiado</translation>
    </message>
    <message>
        <source>Speaker removed</source>
        <translation>Ponente eliminado</translation>
    </message>
    <message>
        <source>Topic added</source>
        <translation>Tema añadido</translation>
    </message>
    <message>
        <source>Topic changed</source>
        <translation>Tema cambiado</translation>
    </message>
    <message>
        <source>Topic removed</source>
        <translation>Tema eliminado</translation>
    </message>
</context>
<context>
    <name>omk::ui::BanListModel</name>
    <message>
        <source>Timed out until %1</source>
        <translation>Silenciado hasta %1</translation>
    </message>
    <message>
        <source>Banned</source>
        <translation>Expulsado</translation>
    </message>
    <message>
        <source>%1 · since %2 · by %3</source>
        <translation>%1 · desde %2 · por %3</translation>
    </message>
    <message>
        <source>%1 · since %2</source>
        <translation>%1 · desde %2</translation>
    </message>
</context>
<context>
    <name>omk::ui::ChannelEditModel</name>
    <message>
        <source>Closed: only moderators write</source>
        <translation>Cerrada: solo escriben los moderadores</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>signed-in people only</source>
        <translation>solo con sesión iniciada</translation>
    </message>
    <message numerus="yes">
        <source>slow mode %n s</source>
        <translation>
            <numerusform>modo lento %n s</numerusform>
            <numerusform>modo lento %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Fallback</source>
        <translation>Reserva</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1. %2: %3</source>
        <translation>%1. %2: %3</translation>
    </message>
</context>
<context>
    <name>omk::ui::DreamkastSignIn</name>
    <message>
        <source>This event&apos;s Dreamkast does not say where to sign in. Paste a token instead.</source>
        <translation>El Dreamkast de este evento no indica dónde iniciar sesión. Pega un token en su lugar.</translation>
    </message>
    <message>
        <source>Signed in to Dreamkast. You can close this tab and go back to Omnikast.</source>
        <translation>Sesión iniciada en Dreamkast. Puedes cerrar esta pestaña y volver a Omnikast.</translation>
    </message>
    <message>
        <source>Signing in to Dreamkast did not finish here. Go back to Omnikast to try again.</source>
        <translation>El inicio de sesión en Dreamkast no terminó aquí. Vuelve a Omnikast para intentarlo de nuevo.</translation>
    </message>
    <message>
        <source>Finish signing in to Dreamkast in your web browser…</source>
        <translation>Termina de iniciar sesión en Dreamkast en tu navegador…</translation>
    </message>
    <message>
        <source>Signed in to Dreamkast: you can chat.</source>
        <translation>Sesión iniciada en Dreamkast: ya puedes chatear.</translation>
    </message>
    <message>
        <source>Signing in was cancelled.</source>
        <translation>Se canceló el inicio de sesión.</translation>
    </message>
    <message>
        <source>No answer came back from the browser. Try again.</source>
        <translation>El navegador no respondió. Inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>Cannot reach Dreamkast&apos;s sign-in. Check the connection and try again.</source>
        <translation>No se puede conectar con el inicio de sesión de Dreamkast. Comprueba la conexión e inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>Cannot open the sign-in page: %1</source>
        <translation>No se puede abrir la página de inicio de sesión: %1</translation>
    </message>
    <message>
        <source>Dreamkast&apos;s sign-in gave no access token. Paste a token instead.</source>
        <translation>El inicio de sesión de Dreamkast no dio ningún token de acceso. Pega un token en su lugar.</translation>
    </message>
    <message>
        <source>Dreamkast&apos;s sign-in did not sign you in: %1</source>
        <translation>El inicio de sesión de Dreamkast no te dejó entrar: %1</translation>
    </message>
</context>
<context>
    <name>omk::ui::EventController</name>
    <message numerus="yes">
        <source>Starts in %n minute(s) on %1</source>
        <translation>
            <numerusform>Empieza en %n minuto en %1</numerusform>
            <numerusform>Empieza en %n minutos en %1</numerusform>
        </translation>
    </message>
    <message>
        <source>no file chosen</source>
        <translation>no se eligió ningún archivo</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Guardado en %1</translation>
    </message>
    <message>
        <source>Could not save the .ics file: %1</source>
        <translation>No se pudo guardar el archivo .ics: %1</translation>
    </message>
    <message>
        <source>Stream %1</source>
        <translation>Emisión %1</translation>
    </message>
    <message numerus="yes">
        <source>%n moved</source>
        <translation>
            <numerusform>%n cambiada de hora o sala</numerusform>
            <numerusform>%n cambiadas de hora o sala</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n cancelada</numerusform>
            <numerusform>%n canceladas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n nueva</numerusform>
            <numerusform>%n nuevas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n modificada</numerusform>
            <numerusform>%n modificadas</numerusform>
        </translation>
    </message>
    <message>
        <source>The schedule was updated.</source>
        <translation>El programa se ha actualizado.</translation>
    </message>
    <message>
        <source>The schedule was updated: %1.</source>
        <translation>El programa se ha actualizado: %1.</translation>
    </message>
</context>
<context>
    <name>omk::ui::HeadsetPanelRenderer</name>
    <message>
        <source>no OpenGL context for the panel on this display</source>
        <translation>no hay contexto OpenGL para el panel en esta pantalla</translation>
    </message>
    <message>
        <source>the panel&apos;s OpenGL context cannot be made current</source>
        <translation>el contexto OpenGL del panel no se puede activar</translation>
    </message>
    <message>
        <source>Qt Quick cannot render the panel offscreen</source>
        <translation>Qt Quick no puede dibujar el panel fuera de pantalla</translation>
    </message>
    <message>
        <source>no panel component</source>
        <translation>no hay componente de panel</translation>
    </message>
    <message>
        <source>the panel component is not ready</source>
        <translation>el componente del panel no está listo</translation>
    </message>
    <message>
        <source>the panel component has no QML engine</source>
        <translation>el componente del panel no tiene motor QML</translation>
    </message>
    <message>
        <source>the panel must be an Item</source>
        <translation>el panel debe ser un Item</translation>
    </message>
</context>
<context>
    <name>omk::ui::ImportPreviewModel</name>
    <message>
        <source>Event details</source>
        <translation>Detalles del evento</translation>
    </message>
    <message numerus="yes">
        <source>New sessions (%n)</source>
        <translation>
            <numerusform>Sesiones nuevas (%n)</numerusform>
            <numerusform>Sesiones nuevas (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changed sessions (%n)</source>
        <translation>
            <numerusform>Sesiones cambiadas (%n)</numerusform>
            <numerusform>Sesiones cambiadas (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed sessions (%n)</source>
        <translation>
            <numerusform>Sesiones quitadas (%n)</numerusform>
            <numerusform>Sesiones quitadas (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept (%n)</source>
        <translation>
            <numerusform>Se mantienen (%n)</numerusform>
            <numerusform>Se mantienen (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>New rooms (%n)</source>
        <translation>
            <numerusform>Salas nuevas (%n)</numerusform>
            <numerusform>Salas nuevas (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changed rooms (%n)</source>
        <translation>
            <numerusform>Salas cambiadas (%n)</numerusform>
            <numerusform>Salas cambiadas (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rooms no longer in the schedule (%n)</source>
        <translation>
            <numerusform>Salas que ya no están en el programa (%n)</numerusform>
            <numerusform>Salas que ya no están en el programa (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Speakers and topics</source>
        <translation>Ponentes y temas</translation>
    </message>
    <message>
        <source>On air now: it stays as it is.</source>
        <translation>En emisión ahora: se queda como está.</translation>
    </message>
    <message>
        <source>Kept: an import never removes a room.</source>
        <translation>Se mantiene: una importación nunca quita una sala.</translation>
    </message>
    <message>
        <source>title</source>
        <translation>título</translation>
    </message>
    <message>
        <source>time</source>
        <translation>hora</translation>
    </message>
    <message>
        <source>length</source>
        <translation>duración</translation>
    </message>
    <message>
        <source>room</source>
        <translation>sala</translation>
    </message>
    <message>
        <source>speakers</source>
        <translation>ponentes</translation>
    </message>
    <message>
        <source>topic</source>
        <translation>tema</translation>
    </message>
    <message>
        <source>cancellation</source>
        <translation>cancelación</translation>
    </message>
    <message>
        <source>subtitle</source>
        <translation>subtítulo</translation>
    </message>
    <message>
        <source>language</source>
        <translation>idioma</translation>
    </message>
    <message>
        <source>type</source>
        <translation>tipo</translation>
    </message>
    <message>
        <source>abstract</source>
        <translation>resumen</translation>
    </message>
    <message>
        <source>description</source>
        <translation>descripción</translation>
    </message>
    <message>
        <source>web page</source>
        <translation>página web</translation>
    </message>
    <message>
        <source>links</source>
        <translation>enlaces</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>streams</source>
        <translation>emisiones</translation>
    </message>
    <message>
        <source>time zone</source>
        <translation>zona horaria</translation>
    </message>
    <message>
        <source>day change</source>
        <translation>cambio de día</translation>
    </message>
    <message>
        <source>dates</source>
        <translation>fechas</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the words of a list</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>Cambió: %1</translation>
    </message>
    <message>
        <source>Event details changed</source>
        <translation>Cambiaron los detalles del evento</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n nuevo</numerusform>
            <numerusform>%n nuevos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n cambiado</numerusform>
            <numerusform>%n cambiados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n quitado</numerusform>
            <numerusform>%n quitados</numerusform>
        </translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Ponentes</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Removed here by an organizer: it stays removed, though the schedule changed it since.</source>
        <translation>Un organizador la quitó aquí: sigue quitada, aunque el programa la cambió después.</translation>
    </message>
</context>
<context>
    <name>omk::ui::LanguageController</name>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
</context>
<context>
    <name>omk::ui::OrganizeChannels</name>
    <message>
        <source>Name the new channel first.</source>
        <translation>Primero pon nombre al canal nuevo.</translation>
    </message>
    <message>
        <source>A channel&apos;s name holds at most %1 characters.</source>
        <translation>El nombre de un canal tiene como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>Channel %1 added. Every viewer sees its tab now.</source>
        <translation>Canal %1 añadido. Todos los espectadores ven ya su pestaña.</translation>
    </message>
    <message>
        <source>%1 was not added</source>
        <translation>%1 no se añadió</translation>
    </message>
    <message>
        <source>Pick a channel first.</source>
        <translation>Primero elige un canal.</translation>
    </message>
    <message>
        <source>A channel&apos;s name holds 1 to %1 characters.</source>
        <translation>El nombre de un canal tiene de 1 a %1 caracteres.</translation>
    </message>
    <message>
        <source>%1 is called %2 now.</source>
        <translation>%1 se llama ahora %2.</translation>
    </message>
    <message>
        <source>%1 was not renamed</source>
        <translation>%1 no se renombró</translation>
    </message>
    <message>
        <source>%1 is tab %2 now.</source>
        <translation>%1 es ahora la pestaña %2.</translation>
    </message>
    <message>
        <source>%1 was not moved</source>
        <translation>%1 no se movió</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n session(s): move them to another channel or remove them first.</source>
        <translation>
            <numerusform>%1 tiene %n sesión: muévela a otro canal o quítala primero.</numerusform>
            <numerusform>%1 tiene %n sesiones: muévelas a otro canal o quítalas primero.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 removed.</source>
        <translation>%1 quitado.</translation>
    </message>
    <message>
        <source>%1 was not removed</source>
        <translation>%1 no se quitó</translation>
    </message>
    <message>
        <source>Type the stream&apos;s address first.</source>
        <translation>Primero escribe la dirección de la emisión.</translation>
    </message>
    <message>
        <source>Viewers of %1 switch to the new stream now.</source>
        <translation>Los espectadores de %1 cambian ya a la emisión nueva.</translation>
    </message>
    <message>
        <source>The stream of %1 was not changed</source>
        <translation>La emisión de %1 no se cambió</translation>
    </message>
    <message>
        <source>That channel is not in the event any more.</source>
        <translation>Ese canal ya no está en el evento.</translation>
    </message>
    <message>
        <source>Give the whole address, with https://, rtmp://, srt://… at the start.</source>
        <translation>Escribe la dirección completa, con https://, rtmp://, srt://… al principio.</translation>
    </message>
    <message>
        <source>%1 is hidden from attendees now: its tab and sessions are gone from their windows.</source>
        <translation>%1 está oculto a los asistentes: su pestaña y sus sesiones han desaparecido de sus ventanas.</translation>
    </message>
    <message>
        <source>Attendees see %1 again.</source>
        <translation>Los asistentes vuelven a ver %1.</translation>
    </message>
    <message>
        <source>%1 was not hidden</source>
        <translation>%1 no se ocultó</translation>
    </message>
    <message>
        <source>%1 was not shown</source>
        <translation>%1 no se mostró</translation>
    </message>
    <message>
        <source>360° (equirectangular)</source>
        <translation>360° (equirrectangular)</translation>
    </message>
    <message>
        <source>180° (equirectangular)</source>
        <translation>180° (equirrectangular)</translation>
    </message>
    <message>
        <source>Cubemap</source>
        <translation>Cubemap</translation>
    </message>
    <message>
        <source>EAC (equi-angular cubemap)</source>
        <translation>EAC (cubemap equiangular)</translation>
    </message>
    <message>
        <source>Flat (an ordinary video)</source>
        <translation>Plano (un vídeo normal)</translation>
    </message>
    <message>
        <source>Mono</source>
        <translation>Mono</translation>
    </message>
    <message>
        <source>3D, left eye above</source>
        <translation>3D, ojo izquierdo arriba</translation>
    </message>
    <message>
        <source>3D, left eye on the left</source>
        <translation>3D, ojo izquierdo a la izquierda</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a projection.</source>
        <translation>«%1» no es una proyección.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a stereo layout.</source>
        <translation>«%1» no es una disposición estéreo.</translation>
    </message>
    <message>
        <source>A language is a tag such as en, ja, es or pt-BR.</source>
        <translation>Un idioma es una etiqueta como en, ja, es o pt-BR.</translation>
    </message>
    <message>
        <source>A stream&apos;s label holds at most %1 characters.</source>
        <translation>La etiqueta de una emisión admite como mucho %1 caracteres.</translation>
    </message>
    <message>
        <source>That stream is not on the channel any more.</source>
        <translation>Esa emisión ya no está en el canal.</translation>
    </message>
    <message>
        <source>%1 has a fallback stream now: the player offers it when stream 1 fails.</source>
        <translation>%1 tiene ahora una emisión de reserva: el reproductor la ofrece cuando falla la emisión 1.</translation>
    </message>
    <message>
        <source>Stream %1 of %2 saved: its viewers follow at once.</source>
        <translation>Emisión %1 de %2 guardada: sus espectadores la siguen al instante.</translation>
    </message>
    <message>
        <source>Stream 1 of %1 removed: its viewers switch to the next one now.</source>
        <translation>Emisión 1 de %1 eliminada: sus espectadores pasan ahora a la siguiente.</translation>
    </message>
    <message>
        <source>Stream %1 of %2 removed.</source>
        <translation>Emisión %1 de %2 eliminada.</translation>
    </message>
    <message>
        <source>The stream of %1 was not removed</source>
        <translation>La emisión de %1 no se eliminó</translation>
    </message>
    <message>
        <source>Another organizer changed the streams of %1 a moment ago: look at them again.</source>
        <translation>Otro organizador acaba de cambiar las emisiones de %1: vuelve a mirarlas.</translation>
    </message>
</context>
<context>
    <name>omk::ui::OrganizeController</name>
    <message>
        <source>Only the event&apos;s admins can organize it.</source>
        <translation>Solo la administración del evento puede organizarlo.</translation>
    </message>
    <message>
        <source>Not switched on %1: %2</source>
        <translation>No se cambió %1: %2</translation>
    </message>
    <message>
        <source>Nothing on air on %1 now.</source>
        <translation>Ahora no hay nada en emisión en %1.</translation>
    </message>
    <message>
        <source>On air on %1: %2</source>
        <translation>En emisión en %1: %2</translation>
    </message>
    <message>
        <source>%1 has no next session.</source>
        <translation>%1 no tiene siguiente sesión.</translation>
    </message>
    <message>
        <source>Write the announcement first.</source>
        <translation>Escribe primero el aviso.</translation>
    </message>
    <message>
        <source>An announcement holds at most %1 characters.</source>
        <translation>Un aviso admite como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>No se envió: %1</translation>
    </message>
    <message>
        <source>Announcement sent.</source>
        <translation>Aviso enviado.</translation>
    </message>
    <message>
        <source>The audit log could not be read: %1</source>
        <translation>No se pudo leer el registro de cambios: %1</translation>
    </message>
    <message>
        <source>Every channel</source>
        <translation>Todos los canales</translation>
    </message>
    <message>
        <source>Cannot reach the event&apos;s server. Check the connection and try again.</source>
        <translation>No se puede contactar con el servidor del evento. Revisa la conexión e inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>This sign-in is not an admin of the event any more.</source>
        <translation>Este acceso ya no administra el evento.</translation>
    </message>
    <message>
        <source>Your sign-in has ended. Sign in again.</source>
        <translation>Tu acceso ha terminado. Vuelve a entrar.</translation>
    </message>
    <message>
        <source>The server&apos;s catalog has no such channel; the event may have changed.</source>
        <translation>El catálogo del servidor no tiene ese canal; puede que el evento haya cambiado.</translation>
    </message>
    <message>
        <source>The server&apos;s catalog has no such session in this channel; the event may have changed.</source>
        <translation>El catálogo del servidor no tiene esa sesión en este canal; puede que el evento haya cambiado.</translation>
    </message>
    <message>
        <source>The server cannot save changes right now. Try again in a moment.</source>
        <translation>El servidor no puede guardar cambios ahora. Inténtalo de nuevo en un momento.</translation>
    </message>
    <message>
        <source>Pick a channel first.</source>
        <translation>Elige primero un canal.</translation>
    </message>
    <message>
        <source>That room is not on this server any more.</source>
        <translation>Esa sala ya no está en este servidor.</translation>
    </message>
    <message>
        <source>The bans could not be read: %1</source>
        <translation>No se pudieron leer las expulsiones: %1</translation>
    </message>
    <message>
        <source>Pick a ban first.</source>
        <translation>Elige primero una expulsión.</translation>
    </message>
    <message>
        <source>Not lifted: %1</source>
        <translation>No se levantó: %1</translation>
    </message>
    <message>
        <source>%1 may chat in %2 again.</source>
        <translation>%1 puede volver a chatear en %2.</translation>
    </message>
    <message>
        <source>Sessions are on that channel: move them to another channel or remove them first.</source>
        <translation>Hay sesiones en ese canal: muévelas a otro canal o quítalas primero.</translation>
    </message>
    <message>
        <source>Someone added one of that name a moment ago; the list shows it now.</source>
        <translation>Alguien añadió uno con ese nombre hace un momento; la lista ya lo muestra.</translation>
    </message>
    <message>
        <source>Someone else changed the catalog a moment ago. Try again.</source>
        <translation>Otra persona cambió el catálogo hace un momento. Inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>That session is on air: take it off air first (On air tab).</source>
        <translation>Esa sesión está en emisión: sácala de la emisión primero (pestaña En emisión).</translation>
    </message>
    <message>
        <source>The server refused it: %1</source>
        <translation>El servidor lo rechazó: %1</translation>
    </message>
    <message>
        <source>The server does not take that as an e-mail address.</source>
        <translation>El servidor no acepta eso como dirección de correo.</translation>
    </message>
    <message>
        <source>That role is not held there any more; the list shows who holds what now.</source>
        <translation>Ese rol ya no está asignado ahí; la lista muestra quién tiene qué ahora.</translation>
    </message>
    <message>
        <source>The event&apos;s last admin keeps the role: make someone else an admin first.</source>
        <translation>El último administrador del evento conserva el rol: haz administrador a otra persona primero.</translation>
    </message>
</context>
<context>
    <name>omk::ui::OrganizeImport</name>
    <message>
        <source>How the schedule is imported could not be read: %1</source>
        <translation>No se pudo leer cómo se importa el programa: %1</translation>
    </message>
    <message>
        <source>The schedule&apos;s address starts with http:// or https://, like https://pretalx.example/event/schedule/export/schedule.xml.</source>
        <translation>La dirección del programa empieza por http:// o https://, como https://pretalx.example/event/schedule/export/schedule.xml.</translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation>Sin vista previa: %1</translation>
    </message>
    <message>
        <source>The schedule brings nothing new.</source>
        <translation>El programa no trae nada nuevo.</translation>
    </message>
    <message numerus="yes">
        <source>An import brings %n changes: Apply (Ctrl+Enter) imports them.</source>
        <translation>
            <numerusform>Importar trae %n cambio: Aplicar (Ctrl+Intro) lo importa.</numerusform>
            <numerusform>Importar trae %n cambios: Aplicar (Ctrl+Intro) los importa.</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview first: Apply imports what the preview shows.</source>
        <translation>Primero la vista previa: Aplicar importa lo que muestra.</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>No se importó: %1</translation>
    </message>
    <message>
        <source>The schedule changed since the preview: preview again.</source>
        <translation>El programa cambió desde la vista previa: vuelve a previsualizar.</translation>
    </message>
    <message>
        <source>The catalog changed since the preview (someone edited it): preview again.</source>
        <translation>El catálogo cambió desde la vista previa (alguien lo editó): vuelve a previsualizar.</translation>
    </message>
    <message>
        <source>The server knows no schedule address: type the schedule&apos;s address.</source>
        <translation>El servidor no conoce ninguna dirección del programa: escribe la dirección del programa.</translation>
    </message>
    <message>
        <source>Not checked automatically.</source>
        <translation>No se comprueba automáticamente.</translation>
    </message>
    <message numerus="yes">
        <source>Checked automatically every %n min; not checked yet.</source>
        <translation>
            <numerusform>Se comprueba automáticamente cada %n min; aún no se ha comprobado.</numerusform>
            <numerusform>Se comprueba automáticamente cada %n min; aún no se ha comprobado.</numerusform>
        </translation>
    </message>
    <message>
        <source>imported as version %1</source>
        <translation>importado como versión %1</translation>
    </message>
    <message>
        <source>nothing new</source>
        <translation>nada nuevo</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>falló</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>falló: %1</translation>
    </message>
    <message numerus="yes">
        <source>Checked automatically every %n min; last check %1: %2</source>
        <translation>
            <numerusform>Se comprueba automáticamente cada %n min; última comprobación %1: %2</numerusform>
            <numerusform>Se comprueba automáticamente cada %n min; última comprobación %1: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The schedule brought nothing new: the catalog stays as it was.</source>
        <translation>El programa no trajo nada nuevo: el catálogo sigue como estaba.</translation>
    </message>
    <message numerus="yes">
        <source>Imported: version %1 (%n changes)</source>
        <translation>
            <numerusform>Importado: versión %1 (%n cambio)</numerusform>
            <numerusform>Importado: versión %1 (%n cambios)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>omk::ui::OrganizeRooms</name>
    <message>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message numerus="yes">
        <source>One message every %n s</source>
        <translation>
            <numerusform>Un mensaje cada %n s</numerusform>
            <numerusform>Un mensaje cada %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>One message every %n min</source>
        <translation>
            <numerusform>Un mensaje cada %n min</numerusform>
            <numerusform>Un mensaje cada %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Pick a room first.</source>
        <translation>Elige primero una sala.</translation>
    </message>
    <message>
        <source>That channel is not in the event any more.</source>
        <translation>Ese canal ya no está en el evento.</translation>
    </message>
    <message>
        <source>%1 is closed: attendees read, only moderators write.</source>
        <translation>%1 está cerrada: los asistentes leen, solo los moderadores escriben.</translation>
    </message>
    <message>
        <source>%1 is open: everyone may write again.</source>
        <translation>%1 está abierta: todos pueden volver a escribir.</translation>
    </message>
    <message>
        <source>In %1 only signed-in people write now; guests read.</source>
        <translation>En %1 ahora solo escribe quien ha iniciado sesión; los invitados leen.</translation>
    </message>
    <message>
        <source>In %1 guests may write again.</source>
        <translation>En %1 los invitados pueden volver a escribir.</translation>
    </message>
    <message>
        <source>Slow mode is 0 to %1 seconds.</source>
        <translation>El modo lento va de 0 a %1 segundos.</translation>
    </message>
    <message>
        <source>%1 starts without slow mode now.</source>
        <translation>%1 empieza ahora sin modo lento.</translation>
    </message>
    <message numerus="yes">
        <source>%1 starts in slow mode now: one message every %n s per person, until a moderator changes it.</source>
        <translation>
            <numerusform>%1 empieza ahora en modo lento: un mensaje cada %n s por persona, hasta que un moderador lo cambie.</numerusform>
            <numerusform>%1 empieza ahora en modo lento: un mensaje cada %n s por persona, hasta que un moderador lo cambie.</numerusform>
        </translation>
    </message>
    <message>
        <source>The room %1 was not changed</source>
        <translation>La sala %1 no se cambió</translation>
    </message>
    <message>
        <source>Who moderates could not be read: %1</source>
        <translation>No se pudo leer quién modera: %1</translation>
    </message>
    <message>
        <source>Type the person&apos;s e-mail address, like name@example.org.</source>
        <translation>Escribe la dirección de correo de la persona, como nombre@example.org.</translation>
    </message>
    <message>
        <source>%1 moderates this room already.</source>
        <translation>%1 ya modera esta sala.</translation>
    </message>
    <message>
        <source>%1 moderates %2 now, from their next sign-in.</source>
        <translation>%1 modera %2 desde su próximo inicio de sesión.</translation>
    </message>
    <message>
        <source>%1 was not made a moderator</source>
        <translation>%1 no se hizo moderador</translation>
    </message>
    <message>
        <source>Pick a moderator first.</source>
        <translation>Elige primero un moderador.</translation>
    </message>
    <message>
        <source>%1 no longer moderates this room.</source>
        <translation>%1 ya no modera esta sala.</translation>
    </message>
    <message>
        <source>%1 keeps the role</source>
        <translation>%1 conserva el rol</translation>
    </message>
    <message>
        <source>%1 holds the role for the whole event; this page takes back roles in this room only.</source>
        <translation>%1 tiene el rol en todo el evento; esta página solo retira roles de esta sala.</translation>
    </message>
</context>
<context>
    <name>omk::ui::OrganizeSessions</name>
    <message>
        <source>Pick a session first.</source>
        <translation>Primero elige una sesión.</translation>
    </message>
    <message>
        <source>That session is not in the event any more.</source>
        <translation>Esa sesión ya no está en el evento.</translation>
    </message>
    <message>
        <source>A title holds 1 to %1 characters.</source>
        <translation>Un título tiene de 1 a %1 caracteres.</translation>
    </message>
    <message>
        <source>Write the start as year-month-day hours:minutes, e.g. %1.</source>
        <translation>Escribe el inicio como año-mes-día horas:minutos, p. ej. %1.</translation>
    </message>
    <message>
        <source>%1 does not exist in %2 (the clocks change).</source>
        <translation>%1 no existe en %2 (cambio de hora).</translation>
    </message>
    <message>
        <source>Write the length as hours:minutes, e.g. 1:30.</source>
        <translation>Escribe la duración como horas:minutos, p. ej. 1:30.</translation>
    </message>
    <message>
        <source>Pick the channel from the list.</source>
        <translation>Elige el canal de la lista.</translation>
    </message>
    <message>
        <source>%1 saved. Every viewer&apos;s schedule shows it now.</source>
        <translation>%1 guardada. El programa de todos los espectadores ya la muestra.</translation>
    </message>
    <message>
        <source>%1 was not saved</source>
        <translation>%1 no se guardó</translation>
    </message>
    <message>
        <source>%1 is cancelled: struck through in every viewer&apos;s schedule.</source>
        <translation>%1 está cancelada: tachada en el programa de todos los espectadores.</translation>
    </message>
    <message>
        <source>%1 is back on the schedule.</source>
        <translation>%1 vuelve a estar en el programa.</translation>
    </message>
    <message>
        <source>%1 was not cancelled</source>
        <translation>%1 no se canceló</translation>
    </message>
    <message>
        <source>%1 was not restored</source>
        <translation>%1 no se recuperó</translation>
    </message>
    <message>
        <source>%1 removed. Attendees who planned to watch it see it as cancelled.</source>
        <translation>%1 quitada. Quienes pensaban verla la ven como cancelada.</translation>
    </message>
    <message>
        <source>%1 was not removed</source>
        <translation>%1 no se quitó</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>No ha cambiado nada.</translation>
    </message>
    <message>
        <source>No topic</source>
        <translation>Sin tema</translation>
    </message>
    <message>
        <source>A speaker&apos;s name holds at most %1 characters.</source>
        <translation>El nombre de un ponente admite como mucho %1 caracteres.</translation>
    </message>
    <message>
        <source>Pick the topic from the list.</source>
        <translation>Elige el tema de la lista.</translation>
    </message>
    <message>
        <source>%1 has no speakers now.</source>
        <translation>%1 ya no tiene ponentes.</translation>
    </message>
    <message>
        <source>%1&apos;s speakers are %2 now.</source>
        <translation>Los ponentes de %1 son ahora %2.</translation>
    </message>
    <message>
        <source>%1 (hidden from attendees)</source>
        <translation>%1 (oculto a los asistentes)</translation>
    </message>
</context>
<context>
    <name>omk::ui::RoleHolderModel</name>
    <message>
        <source>Admin of the whole event</source>
        <translation>Administrador de todo el evento</translation>
    </message>
    <message>
        <source>Admin of this room</source>
        <translation>Administrador de esta sala</translation>
    </message>
    <message>
        <source>Moderator of every room</source>
        <translation>Moderador de todas las salas</translation>
    </message>
    <message>
        <source>Moderator of this room</source>
        <translation>Moderador de esta sala</translation>
    </message>
</context>
<context>
    <name>omk::ui::RoomController</name>
    <message numerus="yes">
        <source>Slow mode: you can send again in %n s</source>
        <translation>
            <numerusform>Modo lento: podrás enviar de nuevo en %n s</numerusform>
            <numerusform>Modo lento: podrás enviar de nuevo en %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too fast: sending again in %n s</source>
        <translation>
            <numerusform>Demasiado rápido: se reenviará en %n s</numerusform>
            <numerusform>Demasiado rápido: se reenviará en %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You are timed out for %n s</source>
        <translation>
            <numerusform>Estás silenciado durante %n s</numerusform>
            <numerusform>Estás silenciado durante %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not sent yet (%1); retrying in %n s</source>
        <translation>
            <numerusform>Aún no enviado (%1); reintento en %n s</numerusform>
            <numerusform>Aún no enviado (%1); reintento en %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>You are banned from this room</source>
        <translation>Te han expulsado de esta sala</translation>
    </message>
    <message>
        <source>Only moderators may do that</source>
        <translation>Solo la moderación puede hacer eso</translation>
    </message>
    <message>
        <source>Chat server %1 is not a ws:// or wss:// URL</source>
        <translation>El servidor de chat %1 no es una URL ws:// o wss://</translation>
    </message>
    <message>
        <source>No chat server</source>
        <translation>Sin servidor de chat</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Desconectado</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Conectado</translation>
    </message>
    <message numerus="yes">
        <source>Reconnecting in %n s…</source>
        <translation>
            <numerusform>Reconectando en %n s…</numerusform>
            <numerusform>Reconectando en %n s…</numerusform>
        </translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Reconectando…</translation>
    </message>
    <message>
        <source>Not connected to a chat server</source>
        <translation>Sin conexión con un servidor de chat</translation>
    </message>
    <message>
        <source>Nothing is playing to share with the room</source>
        <translation>No se reproduce nada para compartir con la sala</translation>
    </message>
    <message>
        <source>Sign in to Dreamkast to chat (set a token with the key button above)</source>
        <translation>Inicia sesión en Dreamkast para chatear (pon un token con el botón de la llave de arriba)</translation>
    </message>
    <message>
        <source>Connected to Dreamkast</source>
        <translation>Conectado a Dreamkast</translation>
    </message>
    <message>
        <source>No talk on air on this channel</source>
        <translation>No hay ninguna charla en emisión en este canal</translation>
    </message>
    <message>
        <source>Dreamkast&apos;s chat has no edits or reactions</source>
        <translation>El chat de Dreamkast no admite ediciones ni reacciones</translation>
    </message>
    <message>
        <source>The organizers closed this room&apos;s chat: you can read it, not write</source>
        <translation>La organización cerró el chat de esta sala: puedes leerlo, no escribir</translation>
    </message>
    <message>
        <source>Only signed-in people can write here: sign in to chat</source>
        <translation>Aquí solo escribe quien ha iniciado sesión: inicia sesión para chatear</translation>
    </message>
    <message>
        <source>Your message is back in the input.</source>
        <translation>Tu mensaje ha vuelto al campo de texto.</translation>
    </message>
</context>
<context>
    <name>omk::ui::RoomPlaybackControl</name>
    <message>
        <source>Playback follows the room; a moderator controls it</source>
        <translation>La reproducción sigue a la sala; la controla un moderador</translation>
    </message>
</context>
<context>
    <name>omk::ui::ScheduleModel</name>
    <message>
        <source>Session page</source>
        <translation>Página de la sesión</translation>
    </message>
</context>
<context>
    <name>omk::ui::StreamTestRun</name>
    <message>
        <source>Type the stream&apos;s address first.</source>
        <translation>Primero escribe la dirección de la emisión.</translation>
    </message>
    <message>
        <source>Cannot write the test&apos;s files: %1</source>
        <translation>No se pueden escribir los archivos de la prueba: %1</translation>
    </message>
    <message>
        <source>The check could not start: %1</source>
        <translation>La comprobación no pudo empezar: %1</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>Probando %1…</translation>
    </message>
    <message>
        <source>The check ended without a report (exit %1).</source>
        <translation>La comprobación terminó sin informe (salida %1).</translation>
    </message>
    <message>
        <source>Does not play: %1</source>
        <translation>No se reproduce: %1</translation>
    </message>
    <message>
        <source>%1×%2 %3</source>
        <translation>%1×%2 %3</translation>
    </message>
    <message>
        <source>at %1 fps</source>
        <translation>a %1 fps</translation>
    </message>
    <message>
        <source>(live)</source>
        <translation>(en directo)</translation>
    </message>
    <message>
        <source>Plays: %1; the first picture after %2 s.</source>
        <translation>Se reproduce: %1; la primera imagen tras %2 s.</translation>
    </message>
    <message>
        <source>Worth a look: %1</source>
        <translation>Conviene revisar: %1</translation>
    </message>
    <message>
        <source>Plays: %1; the first picture after %2 ms.</source>
        <translation>Se reproduce: %1; la primera imagen tras %2 ms.</translation>
    </message>
</context>
<context>
    <name>omk::ui::VrController</name>
    <message>
        <source>VR is unavailable: %1</source>
        <translation>La RV no está disponible: %1</translation>
    </message>
    <message>
        <source>VR needs a video to show</source>
        <translation>La RV necesita un vídeo que mostrar</translation>
    </message>
    <message>
        <source>Left VR; back to the desktop view</source>
        <translation>Se salió de la RV; de vuelta a la vista de escritorio</translation>
    </message>
    <message>
        <source>The headset ended the VR session; back to the desktop view</source>
        <translation>El visor terminó la sesión de RV; de vuelta a la vista de escritorio</translation>
    </message>
    <message>
        <source>The VR runtime went away (%1); back to the desktop view</source>
        <translation>El entorno de RV desapareció (%1); de vuelta a la vista de escritorio</translation>
    </message>
    <message>
        <source>VR stopped: %1; back to the desktop view</source>
        <translation>La RV se detuvo: %1; de vuelta a la vista de escritorio</translation>
    </message>
    <message>
        <source>Controller %1: %2</source>
        <extracomment>%1: the controller command (&quot;play_pause&quot;), %2: why not (&quot;only moderators may&quot;)</extracomment>
        <translation>Mando %1: %2</translation>
    </message>
    <message>
        <source>not available here</source>
        <translation>no disponible aquí</translation>
    </message>
    <message>
        <source>The VR panel is not available: %1</source>
        <translation>El panel de RV no está disponible: %1</translation>
    </message>
</context>
<context>
    <name>omk::ui::WatchParty</name>
    <message>
        <source>Signed out: you left “%1”, which is for signed-in people.</source>
        <translation>Has cerrado sesión: saliste de «%1», que es para personas con sesión iniciada.</translation>
    </message>
    <message>
        <source>Sign in first: a watch party belongs to an account.</source>
        <translation>Inicia sesión primero: una sala para ver juntos pertenece a una cuenta.</translation>
    </message>
    <message>
        <source>Give the party a name of 1 to 80 characters.</source>
        <translation>Ponle a la sala un nombre de 1 a 80 caracteres.</translation>
    </message>
    <message>
        <source>Opening “%1”…</source>
        <translation>Abriendo «%1»…</translation>
    </message>
    <message>
        <source>That is not a watch party&apos;s link: %1</source>
        <translation>No es el enlace de una sala para ver juntos: %1</translation>
    </message>
    <message>
        <source>it opens something else</source>
        <translation>abre otra cosa</translation>
    </message>
    <message>
        <source>This party is on %1, not on this event&apos;s server (%2): open the link from outside the viewer.</source>
        <translation>Esta sala está en %1, no en el servidor de este evento (%2): abre el enlace desde fuera del visor.</translation>
    </message>
    <message>
        <source>Looking for the party…</source>
        <translation>Buscando la sala…</translation>
    </message>
    <message>
        <source>“%1” is invite-only and this link has no invite: ask its host for the link again.</source>
        <translation>«%1» es solo por invitación y este enlace no lleva invitación: pide el enlace de nuevo a su anfitrión.</translation>
    </message>
    <message>
        <source>“%1” is invite-only: sign in to join it.</source>
        <translation>«%1» es solo por invitación: inicia sesión para unirte.</translation>
    </message>
    <message>
        <source>Joining “%1”…</source>
        <translation>Uniéndote a «%1»…</translation>
    </message>
    <message>
        <source>You host “%1”: send its link to whoever should watch with you.</source>
        <translation>Eres el anfitrión de «%1»: envía su enlace a quien quieras que lo vea contigo.</translation>
    </message>
    <message>
        <source>Watching together in “%1”.</source>
        <translation>Viendo juntos en «%1».</translation>
    </message>
    <message>
        <source>The link is copied: paste it to the people you invite.</source>
        <translation>Enlace copiado: pégalo a las personas que invites.</translation>
    </message>
    <message>
        <source>Sign in with an account first: %1</source>
        <translation>Inicia sesión con una cuenta primero: %1</translation>
    </message>
    <message>
        <source>The server refused (%1).</source>
        <translation>El servidor lo rechazó (%1).</translation>
    </message>
</context>
</TS>
