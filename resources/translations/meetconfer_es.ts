<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <location filename="../../app/ui/about.py" line="+26"/>
        <source>the folder given on the command line (--data-dir)</source>
        <translation>la carpeta indicada en la línea de comandos (--data-dir)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>portable: the data folder beside the program (for example on a USB stick)</source>
        <translation>portátil: la carpeta de datos junto al programa (por ejemplo, en una memoria USB)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this computer&apos;s folder for your user</source>
        <translation>la carpeta de su usuario en esta computadora</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location line="+9"/>
        <source>About {name}</source>
        <translation>Acerca de {name}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Version {version}</source>
        <translation>Versión {version}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your data is kept in this folder:</source>
        <translation>Sus datos se guardan en esta carpeta:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind of folder: {kind}</source>
        <translation>Tipo de carpeta: {kind}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The program never uses the internet. It keeps a record and checks it against the court&apos;s rules; it does not give legal advice.</source>
        <translation>El programa nunca usa internet. Lleva un registro y lo revisa según las reglas del tribunal; no da asesoría legal.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Meet-and-Confer Log is free software under the MIT licence. It ships other free software, each under its own licence, listed below.</source>
        <translation>Meet-and-Confer Log es software libre bajo la licencia MIT. Incluye otro software libre, cada uno bajo su propia licencia, que se indica abajo.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>About the program</source>
        <translation>Acerca del programa</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No fonts are shipped with this copy.</source>
        <translation>Esta copia no incluye fuentes de letra.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fonts shipped with the program</source>
        <translation>Fuentes de letra incluidas con el programa</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Other software shipped with the program</source>
        <translation>Otro software incluido con el programa</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The list of licences was not made for this copy: it is written when the program is built (installer/build).</source>
        <translation>La lista de licencias no se hizo para esta copia: se escribe cuando se construye el programa (installer/build).</translation>
    </message>
</context>
<context>
    <name>Ask</name>
    <message>
        <location filename="../../app/ui/ask.py" line="+19"/>
        <source>Go back</source>
        <translation>Volver</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../../app/ui/safety/backups_dialog.py" line="+50"/>
        <source>Make a backup</source>
        <translation>Hacer una copia de seguridad</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>To protect the backup, type a passphrase (you will need it to put the backup back). Leave it empty for no protection.</source>
        <translation>Para proteger la copia de seguridad, escriba una frase de contraseña (la necesitará para restaurarla). Déjela vacía si no quiere protegerla.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The backup could not be written ({reason}). Nothing was written.</source>
        <translation>No se pudo escribir la copia de seguridad ({reason}). No se escribió nada.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The backup was written to {path}. It is protected with this data folder&apos;s passphrase: you will need that passphrase to put it back.</source>
        <translation>La copia de seguridad se guardó en {path}. Está protegida con la frase de contraseña de esta carpeta de datos: la necesitará para restaurarla.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The backup was written to {path}.</source>
        <translation>La copia de seguridad se escribió en {path}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Put back a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replace all the data with this backup&apos;s? The data now will be kept in {folder}.</source>
        <translation>¿Reemplazar todos los datos por los de esta copia? Los datos actuales se guardarán en {folder}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+75"/>
        <source>Put back the backup</source>
        <translation>Restaurar la copia</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>The backup&apos;s passphrase:</source>
        <translation>La frase de contraseña de la copia:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This backup does not open with the data folder&apos;s passphrase. Type the passphrase it was protected with:</source>
        <translation>Esta copia de seguridad no se abre con la frase de contraseña de la carpeta de datos. Escriba la frase de contraseña con la que se protegió:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The backup could not be read or put back ({reason}). Nothing was changed.</source>
        <translation>No se pudo leer ni restaurar la copia de seguridad ({reason}). No se cambió nada.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The data cannot be opened</source>
        <translation>No se pueden abrir los datos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{problem}

The backups of this data folder are protected with its passphrase. Type the passphrase to look for the newest good backup:</source>
        <translation>{problem}

Las copias de seguridad de esta carpeta de datos están protegidas con su frase de contraseña. Escriba la frase de contraseña para buscar la copia buena más reciente:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{problem}

The newest good backup is from {when}. Put it back? The damaged file is kept in the backups folder.</source>
        <translation>{problem}

La copia de seguridad buena más reciente es del {when}. ¿Restaurarla? El archivo dañado se guarda en la carpeta de copias de seguridad.</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location line="+26"/>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The program makes a backup each day it opens your data. They are kept in {folder}.</source>
        <translation>El programa hace una copia de seguridad cada día que abre sus datos. Se guardan en {folder}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This data folder is locked, so every backup of it, those made each day and those you make, is protected with its passphrase.</source>
        <translation>Esta carpeta de datos está bloqueada, así que todas sus copias de seguridad, las que se hacen cada día y las que haga usted, están protegidas con su frase de contraseña.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backups, newest first</source>
        <translation>Copias de seguridad, las más recientes primero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Put back this backup…</source>
        <translation>&amp;Restaurar esta copia…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put back a backup from a &amp;file…</source>
        <translation>Restaurar una copia desde un &amp;archivo…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Make a backup now…</source>
        <translation>&amp;Hacer una copia ahora…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Made automatically</source>
        <translation>Hecha automáticamente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made before the program was updated</source>
        <translation>Hecha antes de actualizar el programa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The data a backup replaced</source>
        <translation>Los datos que reemplazó una copia</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Put back a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
</context>
<context>
    <name>Badges</name>
    <message>
        <location filename="../../app/services/badges.py" line="+40"/>
        <source>the joint letter to the judge</source>
        <translation>la carta conjunta al juez</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the joint stipulation</source>
        <translation>el acuerdo conjunto (joint stipulation)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the joint statement re discovery disagreement</source>
        <translation>la declaración conjunta sobre el desacuerdo (joint statement)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the joint motion</source>
        <translation>la moción conjunta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the letter asking the judge for a pre-motion conference</source>
        <translation>la carta que pide al juez una conferencia antes de la moción</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Withdrawn</source>
        <translation>Retirada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved</source>
        <translation>Resuelta</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Conferring documented; next: {step}</source>
        <translation>Consulta documentada; siguiente paso: {step}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ready to file</source>
        <translation>Lista para presentar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not yet: wait until {day}</source>
        <translation>Todavía no: espere hasta el {day}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Not yet: add the day you served it</source>
        <translation>Todavía no: anote el día en que la notificó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not yet: write to them about it</source>
        <translation>Todavía no: escríbales sobre ella</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not yet: explain what is wrong</source>
        <translation>Todavía no: explique qué está mal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not yet: write again or ask for a call</source>
        <translation>Todavía no: vuelva a escribir o pida una llamada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not yet: wait for their reply</source>
        <translation>Todavía no: espere su respuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not yet: ask for a phone conference</source>
        <translation>Todavía no: pida una conferencia telefónica</translation>
    </message>
</context>
<context>
    <name>BlockBox</name>
    <message>
        <location filename="../../app/ui/letters/blocks.py" line="+81"/>
        <source>Put back the program’s words</source>
        <translation>Volver a las palabras del programa</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The program’s words for this part changed after you wrote yours (a day, a request or the lawyer may be different now). Read your words again, or put back the program’s words.</source>
        <translation>Las palabras del programa para esta parte cambiaron después de que usted escribió las suyas (puede que ahora sea otro día, otra solicitud u otro abogado). Lea otra vez sus palabras, o vuelva a las palabras del programa.</translation>
    </message>
</context>
<context>
    <name>CaseFile</name>
    <message>
        <location filename="../../app/store/casefile.py" line="+317"/>
        <source>This is not a case file: it is not text in the UTF-8 encoding (byte {position} cannot be read).</source>
        <translation>Esto no es un archivo de caso: no es texto con codificación UTF-8 (no se puede leer el byte {position}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This file is empty.</source>
        <translation>Este archivo está vacío.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This is not a case file: it is not valid JSON at line {line}, column {column} ({reason}).</source>
        <translation>Esto no es un archivo de caso: no es JSON válido en la línea {line}, columna {column} ({reason}).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This is not a case file: its contents are nested too deeply.</source>
        <translation>Esto no es un archivo de caso: su contenido tiene demasiados niveles anidados.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This is not a case file: it should hold one JSON object with the fields format, version and case.</source>
        <translation>Esto no es un archivo de caso: debe contener un objeto JSON con los campos format, version y case.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This is not a Meet-and-Confer Log case file (the field “format” should be “{expected}”, but it is {actual}).</source>
        <translation>Esto no es un archivo de caso de Meet-and-Confer Log (el campo “format” debe ser “{expected}”, pero es {actual}).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This file was written by a newer version (version {version}); this program reads version {known}.</source>
        <translation>Este archivo lo escribió una versión más nueva (versión {version}); este programa lee la versión {known}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This file says it is version {version}; this program reads version {known}.</source>
        <translation>Este archivo dice que es la versión {version}; este programa lee la versión {known}.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>This should be text, not {value}.</source>
        <translation>Aquí debe haber texto, no {value}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This should be a whole number, not {value}.</source>
        <translation>Aquí debe haber un número entero, no {value}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This should be true or false, not {value}.</source>
        <translation>Aquí debe haber true o false (verdadero o falso), no {value}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This should be a list [ ... ], not {value}.</source>
        <translation>Aquí debe haber una lista [ ... ], no {value}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This should be a group of named fields (a JSON object), not {value}.</source>
        <translation>Aquí debe haber un grupo de campos con nombre (un objeto JSON), no {value}.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>This field is required, but it is missing.</source>
        <translation>Este campo es obligatorio, pero falta.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{value} is not one of the choices; write one of these: {choices}.</source>
        <translation>{value} no es una de las opciones; escriba una de estas: {choices}.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Each item of this list may be written only once.</source>
        <translation>Cada elemento de esta lista solo puede escribirse una vez.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This value is not allowed here ({detail}).</source>
        <translation>Este valor no se permite aquí ({detail}).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This field is not part of the case file format. Did you mean “{suggestion}”?</source>
        <translation>Este campo no forma parte del formato del archivo de caso. ¿Quiso decir “{suggestion}”?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This field is not part of the case file format.</source>
        <translation>Este campo no forma parte del formato del archivo de caso.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This is nested too deeply to be part of a case.</source>
        <translation>Esto tiene demasiados niveles anidados para formar parte de un caso.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This field is written more than once.</source>
        <translation>Este campo aparece más de una vez.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{value} is not a number a case file can hold.</source>
        <translation>{value} no es un número que un archivo de caso pueda contener.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This text holds a broken character escape (a lone \u surrogate).</source>
        <translation>Este texto contiene un carácter de escape dañado (un \u sustituto suelto).</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>{value} is not a date and time with its offset from UTC (for example 2025-06-01T14:30:00+00:00).</source>
        <translation>{value} no es una fecha y hora con su diferencia respecto a UTC (por ejemplo 2025-06-01T14:30:00+00:00).</translation>
    </message>
</context>
<context>
    <name>CaseFiles</name>
    <message>
        <location filename="../../app/services/casefiles.py" line="+47"/>
        <source>A case numbered {number} is already here. Nothing was imported. To put this file in its place, ask to replace it.</source>
        <translation>Ya hay aquí un caso con el número {number}. No se importó nada. Para poner este archivo en su lugar, pida reemplazarlo.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>There is no case numbered {number} here.</source>
        <translation>Aquí no hay ningún caso con el número {number}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This is not an ordinary file (it is a device, a pipe or the like), so it is not read.</source>
        <translation>No es un archivo común (es un dispositivo, una tubería o algo parecido), así que no se lee.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This file is larger than any case file can be ({limit} MB), so it is not read.</source>
        <translation>Este archivo es más grande de lo que puede ser un archivo de caso ({limit} MB), así que no se lee.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no file here.</source>
        <translation>Aquí no hay ningún archivo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is a folder, not a case file.</source>
        <translation>Esto es una carpeta, no un archivo de caso.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file cannot be read ({reason}).</source>
        <translation>No se puede leer el archivo ({reason}).</translation>
    </message>
</context>
<context>
    <name>CaseForm</name>
    <message>
        <location filename="../../app/ui/forms/case_form.py" line="+31"/>
        <source>New case</source>
        <translation>Caso nuevo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Case details</source>
        <translation>Datos del caso</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The court</source>
        <translation>El tribunal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Court</source>
        <translation>&amp;Tribunal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This also picks the court&apos;s rules the checks use. If your court is not listed, choose the first line.</source>
        <translation>Esto también elige las reglas del tribunal que usan las revisiones. Si su tribunal no aparece, elija la primera línea.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dis&amp;trict</source>
        <translation>&amp;Distrito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As the papers write it, for example: District of Arizona</source>
        <translation>Como aparece en los documentos, por ejemplo: District of Arizona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Di&amp;vision</source>
        <translation>Di&amp;visión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only if the papers name one, for example: Oakland Division</source>
        <translation>Solo si los documentos nombran una, por ejemplo: Oakland Division</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case &amp;number</source>
        <translation>&amp;Número de caso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As the court writes it, for example: C 07-959 SI</source>
        <translation>Como lo escribe el tribunal, por ejemplo: C 07-959 SI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Judge</source>
        <translation>&amp;Juez</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Day you did the court&apos;s &amp;own step before a motion (if any)</source>
        <translation>Día en que hizo el paso propio de&amp;l tribunal antes de una moción (si lo hizo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some courts ask for a step of their own before a discovery motion, such as a joint letter or a joint statement. Leave this empty until you have done it.</source>
        <translation>Algunos tribunales piden un paso propio antes de una moción sobre el descubrimiento de pruebas (discovery), como una carta conjunta o una declaración conjunta. Deje esto vacío hasta que lo haya hecho.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The parties</source>
        <translation>Las partes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short tit&amp;le</source>
        <translation>Tít&amp;ulo corto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: Harrison v. Sample</source>
        <translation>Por ejemplo: Harrison v. Sample</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Plaintiffs (one a line)</source>
        <translation>De&amp;mandantes (uno por línea)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Defendants (one a line)</source>
        <translation>Demandad&amp;os (uno por línea)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You</source>
        <translation>Usted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your full na&amp;me</source>
        <translation>Su nombre &amp;completo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You &amp;are the</source>
        <translation>Usted &amp;es el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prisoner n&amp;umber</source>
        <translation>Número de &amp;recluso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Institution</source>
        <translation>&amp;Institución</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The prison or jail where you are held.</source>
        <translation>La prisión o cárcel donde usted está detenido.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mailing add&amp;ress (one line each)</source>
        <translation>Dirección &amp;postal (una línea por renglón)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>⚠ This case&apos;s papers name the {case_district}, but the court chosen above is in the {court_district}. The checks and the printed papers follow the court chosen above: choose the court the case is really in.</source>
        <translation>⚠ Los papeles de este caso nombran el {case_district}, pero el tribunal elegido arriba está en el {court_district}. Las comprobaciones y los papeles impresos siguen al tribunal elegido arriba: elija el tribunal donde de verdad está el caso.</translation>
    </message>
</context>
<context>
    <name>CaseNumberPage</name>
    <message>
        <location filename="../../app/ui/wizard.py" line="+179"/>
        <source>Your case and the parties</source>
        <translation>Su caso y las partes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The case number is at the top right of the first page, under the court&apos;s name, for example: No. C 07-959 SI (pr). The parties are in the block on the left: the names before “v.” are the plaintiffs, the names after it the defendants.</source>
        <translation>El número del caso está arriba a la derecha de la primera página, debajo del nombre del tribunal, por ejemplo: No. C 07-959 SI (pr). Las partes están en el bloque de la izquierda: los nombres antes de «v.» son los demandantes, los de después, los demandados.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Case n&amp;umber</source>
        <translation>&amp;Número de caso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As the court writes it, for example: C 07-959 SI</source>
        <translation>Como lo escribe el tribunal, por ejemplo: C 07-959 SI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short tit&amp;le</source>
        <translation>Tít&amp;ulo corto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: Harrison v. Sample</source>
        <translation>Por ejemplo: Harrison v. Sample</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Plaintiffs (one a line)</source>
        <translation>De&amp;mandantes (uno por línea)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Defendants (one a line)</source>
        <translation>Demandad&amp;os (uno por línea)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Judge</source>
        <translation>&amp;Juez</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If the papers name one; the judge&apos;s initials often follow the case number.</source>
        <translation>Si los papeles lo nombran; las iniciales del juez suelen ir después del número del caso.</translation>
    </message>
</context>
<context>
    <name>Cases</name>
    <message>
        <location filename="../../app/services/cases.py" line="+46"/>
        <source>The change could not be saved: the data folder could not be written ({reason}). Nothing was changed. Check that the USB stick is still in and that the disk is not full, then try again.</source>
        <translation>No se pudo guardar el cambio: no se pudo escribir en la carpeta de datos ({reason}). No se cambió nada. Revise que la memoria USB siga conectada y que el disco no esté lleno, y vuelva a intentarlo.</translation>
    </message>
</context>
<context>
    <name>ChangeDialog</name>
    <message>
        <location filename="../../app/ui/lock_setup/dialogs.py" line="+168"/>
        <source>Change the passphrase</source>
        <translation>Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Change the passphrase</source>
        <translation>&amp;Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the passphrase this data folder has now, then the new one twice. From then on, only the new one opens the folder.</source>
        <translation>Escriba la frase de contraseña que tiene ahora esta carpeta de datos y luego la nueva dos veces. Desde entonces, solo la nueva abre la carpeta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nueva frase de contraseña:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Present passphrase:</source>
        <translation>Frase de contraseña &amp;actual:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The passphrase is changed. From now on only the new one opens this data folder.</source>
        <translation>La frase de contraseña se cambió. Desde ahora, solo la nueva abre esta carpeta de datos.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Changing the passphrase. Please wait, and do not close the program.</source>
        <translation>Cambiando la frase de contraseña. Espere, por favor, y no cierre el programa.</translation>
    </message>
</context>
<context>
    <name>CommunicationForm</name>
    <message>
        <location filename="../../app/ui/forms/communication_form.py" line="+43"/>
        <source>Log a letter or call</source>
        <translation>Anotar una carta o llamada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change a letter or call</source>
        <translation>Cambiar una carta o llamada</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+65"/>
        <source>&amp;Who sent it</source>
        <translation>&amp;Quién la envió</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>&amp;How</source>
        <translation>&amp;Cómo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(not named)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Lawyer</source>
        <translation>&amp;Abogado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Day</source>
        <translation>&amp;Día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I am &amp;not sure of the exact day</source>
        <translation>&amp;No estoy seguro del día exacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+45"/>
        <source>Day it &amp;came to you</source>
        <translation>Día en que le &amp;llegó</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>&amp;Time</source>
        <translation>&amp;Hora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 15</source>
        <translation>p. ej. 15</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many &amp;minutes</source>
        <translation>Cuántos &amp;minutos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal mail lo&amp;g number</source>
        <translation>Número del regi&amp;stro de correo legal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The number prison staff wrote in the legal-mail log.</source>
        <translation>El número que el personal de la prisión anotó en el registro de correo legal.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reply asked for by</source>
        <translation>&amp;Respuesta pedida para el</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;quests it dealt with</source>
        <translation>Solicitudes que &amp;trató</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick each one with the Space bar or the mouse.</source>
        <translation>Marque cada una con la barra espaciadora o con el ratón.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What it did (tick all that apply)</source>
        <translation>Qué hizo (marque todo lo que corresponda)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xplained what is wrong with their answer</source>
        <translation>E&amp;xplicó qué está mal en su respuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Proposed a way to settle it</source>
        <translation>&amp;Propuso una forma de resolverlo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As&amp;ked for a phone call or meeting</source>
        <translation>P&amp;idió una llamada o una reunión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Said what is unresolved and that a m&amp;otion will follow</source>
        <translation>Dijo qué sigue sin resolver y que presentará una m&amp;oción</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;ummary: what it said, in your words</source>
        <translation>Res&amp;umen: lo que dijo, en sus palabras</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Day they got it (return re&amp;ceipt), if known</source>
        <translation>Día en que la recibieron (acuse de r&amp;ecibo), si lo sabe</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Who started it</source>
        <translation>&amp;Quién la inició</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Day it happened</source>
        <translation>&amp;Día en que ocurrió</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Day you gave it to prison staff for mailing</source>
        <translation>&amp;Día en que la entregó al personal de la prisión para enviarla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date written on the letter</source>
        <translation>&amp;Fecha escrita en la carta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Day it was sent</source>
        <translation>&amp;Día en que se envió</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Tick the requests it dealt with, or write in the summary what it was about.</source>
        <translation>Marque las solicitudes que trató, o escriba en el resumen de qué trataba.</translation>
    </message>
</context>
<context>
    <name>CounselForm</name>
    <message>
        <location filename="../../app/ui/forms/counsel_form.py" line="+23"/>
        <source>New lawyer for the other side</source>
        <translation>Nuevo abogado de la parte contraria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change a lawyer&apos;s details</source>
        <translation>Cambiar los datos de un abogado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Office or firm</source>
        <translation>&amp;Oficina o bufete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: Office of the Attorney General</source>
        <translation>Por ejemplo: Office of the Attorney General</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Represents</source>
        <translation>&amp;Representa a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whom this lawyer represents: the papers say it wherever they name the lawyer. For example: Defendants Sample and Jones</source>
        <translation>A quién representa este abogado: los papeles lo dicen cada vez que nombran al abogado. Por ejemplo: Defendants Sample and Jones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Address (one line each)</source>
        <translation>&amp;Dirección (una línea por renglón)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone</source>
        <translation>&amp;Teléfono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Email</source>
        <translation>Correo &amp;electrónico</translation>
    </message>
</context>
<context>
    <name>CounselPage</name>
    <message>
        <location filename="../../app/ui/pages/counsel_page.py" line="+26"/>
        <source>The other side&apos;s lawyers</source>
        <translation>Los abogados de la parte contraria</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;New lawyer…</source>
        <translation>&amp;Nuevo abogado…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chan&amp;ge…</source>
        <translation>Camb&amp;iar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dele&amp;te</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The lawyers for the other side. Name them here once; then pick them when you log a letter or call.</source>
        <translation>Los abogados de la parte contraria. Anótelos aquí una vez; después elíjalos al anotar una carta o llamada.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Delete {name} from this case&apos;s lawyers?</source>
        <translation>¿Eliminar a {name} de los abogados de este caso?</translation>
    </message>
</context>
<context>
    <name>CourtPage</name>
    <message>
        <location filename="../../app/ui/wizard.py" line="-64"/>
        <source>Which court?</source>
        <translation>¿Qué tribunal?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look at the top of the first page of any paper in your case, for example the order that served the complaint. The court is written there in capitals: UNITED STATES DISTRICT COURT, NORTHERN DISTRICT OF CALIFORNIA.</source>
        <translation>Mire arriba en la primera página de cualquier papel de su caso, por ejemplo la orden que notificó la demanda. El tribunal está escrito allí en mayúsculas: UNITED STATES DISTRICT COURT, NORTHERN DISTRICT OF CALIFORNIA.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Court</source>
        <translation>&amp;Tribunal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This also picks the court&apos;s rules the checks use. If your court is not listed, choose the first line.</source>
        <translation>Esto también elige las reglas del tribunal que usan las revisiones. Si su tribunal no aparece, elija la primera línea.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dis&amp;trict</source>
        <translation>&amp;Distrito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As the papers write it, for example: District of Arizona</source>
        <translation>Como aparece en los documentos, por ejemplo: District of Arizona</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Di&amp;vision</source>
        <translation>Di&amp;visión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only if the papers name one, for example: Oakland Division</source>
        <translation>Solo si los documentos nombran una, por ejemplo: Oakland Division</translation>
    </message>
</context>
<context>
    <name>CourtStepBox</name>
    <message>
        <location filename="../../app/ui/declaration/court_step.py" line="+45"/>
        <source>The court&apos;s own step</source>
        <translation>El paso propio del tribunal</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This court asks for {step} before a discovery motion. The program cannot check it. Until you mark it done, the program says “conferring documented”, not “ready to file”.</source>
        <translation>Este tribunal pide {step} antes de una moción sobre descubrimiento de pruebas. El programa no puede comprobarlo. Hasta que usted lo marque como hecho, el programa dice «consulta documentada», no «lista para presentar».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mark it done &amp;today</source>
        <translation>Ma&amp;rcarlo como hecho hoy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You marked {step} done on {day}.</source>
        <translation>Usted marcó {step} como hecho el {day}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is not done &amp;yet</source>
        <translation>Toda&amp;vía no está hecho</translation>
    </message>
</context>
<context>
    <name>CoveredRequests</name>
    <message>
        <location filename="../../app/ui/declaration/covered.py" line="+86"/>
        <source>⚠ Warning: the log does not yet show enough of an effort to meet and confer about {labels}. The papers will still swear that you conferred about it in good faith; read the checks above before you print.</source>
        <translation>⚠ Aviso: el registro todavía no muestra un esfuerzo suficiente para reunirse y consultar (meet and confer) sobre {labels}. Aun así, los papeles jurarán que usted consultó de buena fe sobre eso; lea las comprobaciones de arriba antes de imprimir.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Re&amp;quests this declaration covers:</source>
        <translation>Solicitudes que c&amp;ubre esta declaración:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests this declaration covers</source>
        <translation>Solicitudes que cubre esta declaración</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press Space to tick or untick the highlighted request.</source>
        <translation>Pulse la barra espaciadora para marcar o desmarcar la solicitud resaltada.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{label} (narrowed)</source>
        <translation>{label} (reducida)</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../app/ui/crash.py" line="+22"/>
        <source>Something went wrong inside the program. Your saved work is safe: every change is saved the moment it is made. Close the program and open it again.</source>
        <translation>Algo falló dentro del programa. Su trabajo guardado está a salvo: cada cambio se guarda en el momento en que lo hace. Cierre el programa y vuelva a abrirlo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Something went wrong inside the program. Your saved work is safe: every change is saved the moment it is made. A report was saved here, for the staff: {path}</source>
        <translation>Algo falló dentro del programa. Su trabajo guardado está a salvo: cada cambio se guarda en el momento en que lo hace. Se guardó un informe aquí, para el personal: {path}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Something went wrong</source>
        <translation>Algo falló</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <location filename="../../app/i18n.py" line="+31"/>
        <source>dddd, MMMM d, yyyy</source>
        <comment>A Qt date pattern, not words: dddd = weekday, MMMM = month, d = day, yyyy = year; put other words in single quotes. Spanish: dddd, d &apos;de&apos; MMMM &apos;de&apos; yyyy</comment>
        <translation>dddd, d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>MMMM d, yyyy</source>
        <comment>A Qt date pattern, not words: MMMM = month, d = day, yyyy = year; put other words in single quotes. Spanish: d &apos;de&apos; MMMM &apos;de&apos; yyyy</comment>
        <translation>d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>MMM d, yyyy</source>
        <comment>A Qt date pattern, not words: MMM = short month name, d = day, yyyy = year. Spanish: d MMM yyyy</comment>
        <translation>d MMM yyyy</translation>
    </message>
</context>
<context>
    <name>DatesPage</name>
    <message>
        <location filename="../../app/ui/pages/dates_page.py" line="+22"/>
        <source>Coming dates</source>
        <translation>Próximas fechas</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Today is {day}.</source>
        <translation>Hoy es {day}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing is being waited for: no answer is due and no reply time is running.</source>
        <translation>No hay nada pendiente: no se espera ninguna respuesta y no corre ningún plazo para contestar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tomorrow</source>
        <translation>mañana</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in {days} days</source>
        <translation>en {days} días</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Your court: {name}</source>
        <translation>Su tribunal: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These notes describe the court&apos;s rules; they are not legal advice.</source>
        <translation>Estas notas describen las reglas del tribunal; no son asesoría legal.</translation>
    </message>
</context>
<context>
    <name>Days</name>
    <message>
        <location filename="../../app/domain/written_days.py" line="+142"/>
        <source>The weekday in “{text}” is not that day&apos;s: it is {day}. Check the day and write it again.</source>
        <translation>El día de la semana en «{text}» no es el de ese día: es {day}. Revise la fecha y escríbala de nuevo.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>“{text}” is not a real day: there is no month {month}. Write the month first, then the day, then the year, like 3/10/2025 for March 10, 2025.</source>
        <translation>«{text}» no es un día real: no hay mes {month}. Escriba primero el día, luego el mes y luego el año, como 10/3/2025 para el 10 de marzo de 2025.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“{text}” is not a real day: that month has no day {day}.</source>
        <translation>«{text}» no es un día real: ese mes no tiene día {day}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“{text}” cannot be read as a day. Write it like 3/10/2025 (month, day, year) or March 10, 2025.</source>
        <translation>No se entiende «{text}» como una fecha. Escríbala como 10/3/2025 (día, mes, año) o 10 de marzo de 2025.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>“{text}” is not a time of day. Write it like 2:30 PM or 14:30.</source>
        <translation>«{text}» no es una hora del día. Escríbala como 14:30 o 2:30 PM.</translation>
    </message>
</context>
<context>
    <name>DeclarationPage</name>
    <message>
        <location filename="../../app/ui/declaration/page.py" line="+186"/>
        <source>Open a case first: the declaration is built from its log.</source>
        <translation>Primero abra un caso: la declaración se hace con su registro.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The court&apos;s step was not saved</source>
        <translation>El paso del tribunal no se guardó</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No request in this case is still in dispute, so there is nothing to put in a declaration. Add it on the “Requests in dispute” page, or mark it there as still in dispute.</source>
        <translation>Ninguna solicitud de este caso sigue en disputa, así que no hay nada que poner en una declaración. Agréguela en la página “Solicitudes en disputa”, o márquela allí como todavía en disputa.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The program&apos;s font cannot print some characters; where they appear in the papers they will be missing. Change the text, or write them in by hand:</source>
        <translation>La letra del programa no puede imprimir algunos caracteres; donde aparezcan en los documentos, faltarán. Cambie el texto o escríbalos a mano:</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Your wording was not saved</source>
        <translation>Su redacción no se guardó</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No request chosen</source>
        <translation>No eligió ninguna solicitud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick at least one request for the packet to cover.</source>
        <translation>Marque al menos una solicitud para que el paquete la incluya.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+5"/>
        <source>The packet could not be made</source>
        <translation>No se pudo hacer el paquete</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>The program could not make the packet ({reason}). Ask the library staff to install the program again.</source>
        <translation>El programa no pudo hacer el paquete ({reason}). Pida al personal de la biblioteca que vuelva a instalar el programa.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The declaration was saved as a PDF file here:
{path}</source>
        <translation>La declaración se guardó como archivo PDF aquí:
{path}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Prepare the filing packet</source>
        <translation>Preparar los documentos para el tribunal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is the packet you sign, file with your motion to compel and mail to the other side: the statement of the requests in dispute, your declaration, its exhibits and the proof of service. Choose the requests it covers, read each paragraph, change any wording that is not right, then preview and print it. It always prints in English, for the court.</source>
        <translation>Este es el paquete que usted firma, presenta con su moción para obligar (motion to compel) y envía por correo a la otra parte: la exposición de las solicitudes en disputa, su declaración, sus anexos y la prueba de notificación. Elija las solicitudes que incluye, lea cada párrafo, cambie lo que no esté bien y luego véalo e imprímalo. Siempre se imprime en inglés, para el tribunal.</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>The court&apos;s rules for this case could not be read.</source>
        <translation>No se pudieron leer las reglas del tribunal para este caso.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Prev&amp;iew…</source>
        <translation>Ver an&amp;tes de imprimir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See the pages exactly as they will print.</source>
        <translation>Vea las páginas tal como se imprimirán.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pri&amp;nt…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Guardar como PDF…</translation>
    </message>
</context>
<context>
    <name>DisputeForm</name>
    <message>
        <location filename="../../app/ui/forms/dispute_form.py" line="+35"/>
        <source>New request in dispute</source>
        <translation>Nueva solicitud en disputa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change a request in dispute</source>
        <translation>Cambiar una solicitud en disputa</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Which request</source>
        <translation>Qué solicitud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind of request</source>
        <translation>&amp;Tipo de solicitud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 1</source>
        <translation>p. ej. 1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>S&amp;et number</source>
        <translation>Número de &amp;serie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 3</source>
        <translation>p. ej. 3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request n&amp;umber in the set</source>
        <translation>&amp;Número de la solicitud en la serie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name in the papers</source>
        <translation>Nom&amp;bre en los documentos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filled in for you from the kind, set and number; you can change it.</source>
        <translation>Se llena solo con el tipo, la serie y el número; usted puede cambiarlo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;tatus</source>
        <translation>&amp;Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service and their answer</source>
        <translation>Notificación y su respuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ser&amp;ved on (party)</source>
        <translation>Notificada &amp;a (parte)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: Defendant Sample</source>
        <translation>Por ejemplo: Defendant Sample</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Day you served it</source>
        <translation>&amp;Día en que la notificó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For mail: the day you gave it to prison staff.</source>
        <translation>Por correo: el día en que la entregó al personal de la prisión.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Served &amp;how</source>
        <translation>Notificada &amp;cómo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Day their &amp;answer came</source>
        <translation>Día en que llegó su &amp;respuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave empty if no answer has come yet.</source>
        <translation>Déjelo vacío si todavía no ha llegado respuesta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;What is wrong with their answer</source>
        <translation>&amp;Qué está mal en su respuesta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Common &amp;problems with an answer (tick each that fits)</source>
        <translation>Proble&amp;mas comunes de una respuesta (marque cada uno que corresponda)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick with the Space bar or the mouse. A letter states each one you tick, in English, with the rule it rests on.</source>
        <translation>Marque con la barra espaciadora o con el ratón. La carta expone cada uno que marque, en inglés, con la regla en que se basa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What w&amp;ould settle it</source>
        <translation>Qué &amp;lo resolvería</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you ask them to do, and the order you will ask the court for if they do not.</source>
        <translation>Lo que usted les pide que hagan, y la orden que pedirá al tribunal si no lo hacen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The request in &amp;full</source>
        <translation>La solicitud com&amp;pleta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The&amp;ir answer in full</source>
        <translation>Su respuesta c&amp;ompleta</translation>
    </message>
</context>
<context>
    <name>DisputesModel</name>
    <message>
        <location filename="../../app/ui/models/disputes_model.py" line="+31"/>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ready to file?</source>
        <translation>¿Lista para presentar?</translation>
    </message>
</context>
<context>
    <name>DisputesPage</name>
    <message>
        <location filename="../../app/ui/pages/disputes_page.py" line="+82"/>
        <source>Requests in dispute</source>
        <translation>Solicitudes en disputa</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>What the record shows for this request</source>
        <translation>Lo que muestra el registro para esta solicitud</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New request…</source>
        <translation>&amp;Nueva solicitud…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chan&amp;ge…</source>
        <translation>Camb&amp;iar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dele&amp;te</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log a letter or call about &amp;it…</source>
        <translation>Ano&amp;tar una carta o llamada sobre ella…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Write a letter…</source>
        <translation>Escribir &amp;una carta…</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>No request in dispute yet. Press “New request” (Ctrl+R) to add the first one: a discovery request whose answer you think is wrong or missing.</source>
        <translation>Todavía no hay solicitudes en disputa. Pulse “Nueva solicitud” (Ctrl+R) para agregar la primera: una solicitud de descubrimiento de pruebas (discovery) cuya respuesta usted cree que está mal o no llegó.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing</source>
        <translation>Falta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advice</source>
        <translation>Consejo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not needed here</source>
        <translation>No hace falta aquí</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Status: {status}</source>
        <translation>Estado: {status}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The program can write this letter for you: press “Write a letter” (Ctrl+Shift+L).</source>
        <translation>El programa puede escribir esta carta por usted: pulse «Escribir una carta» (Ctrl+Mayús+L).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This request is no longer in dispute, so it is not checked. Change its status if that is wrong.</source>
        <translation>Esta solicitud ya no está en disputa, así que no se revisa. Cambie su estado si eso no es correcto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the record shows</source>
        <translation>Lo que muestra el registro</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rule: {source}</source>
        <translation>Regla: {source}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This is a checklist of what your record shows, not legal advice. The rules and your judge&apos;s orders decide; read them.</source>
        <translation>Esta es una lista de lo que muestra su registro, no asesoría legal. Deciden las reglas y las órdenes de su juez; léalas.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Move the request “{label}” to the trash? You can put it back with Backups and trash → Trash of this case.</source>
        <translation>¿Mover la solicitud «{label}» a la papelera? Puede recuperarla en Copias y papelera → Papelera de este caso.</translation>
    </message>
</context>
<context>
    <name>Districts</name>
    <message>
        <location filename="../../app/domain/districts.py" line="+53"/>
        <source>The court chosen is the {chosen}, but the district written here is “{typed}”. The checks use the rules of the court chosen: choose the court your papers name.</source>
        <translation>El tribunal elegido es el {chosen}, pero el distrito escrito aquí es «{typed}». Las revisiones usan las reglas del tribunal elegido: elija el tribunal que nombran sus papeles.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The {district} is in the list of courts: choose it there, so the checks use its own rules.</source>
        <translation>El {district} está en la lista de tribunales: elíjalo allí, para que las revisiones usen sus propias reglas.</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../app/ui/forms/fields.py" line="+122"/>
        <source>Calendar…</source>
        <translation>Calendario…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pick the day on a calendar (Alt+Down)</source>
        <translation>Elegir el día en un calendario (Alt+Abajo)</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Write the day here, for example {day}.</source>
        <translation>Escriba aquí el día, por ejemplo {day}.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Pick a day</source>
        <translation>Elija un día</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Use this day</source>
        <translation>&amp;Usar este día</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>e.g. 3/10/2025</source>
        <translation>p. ej. 10/3/2025</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Month/day/year, like 3/10/2025, or in words: March 10, 2025.</source>
        <translation>Día/mes/año, como 10/3/2025, o en palabras: 10 de marzo de 2025.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. 2:30 PM</source>
        <translation>p. ej. 14:30</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the time like 2:30 PM or 14:30.</source>
        <translation>Escriba la hora como 14:30 o 2:30 PM.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Write a whole number here, using digits only, like 3.</source>
        <translation>Escriba aquí un número entero, solo con cifras, como 3.</translation>
    </message>
</context>
<context>
    <name>FirstCaseWizard</name>
    <message>
        <location filename="../../app/ui/wizard.py" line="+258"/>
        <source>Start my case</source>
        <translation>Empezar mi caso</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Press Save my case to finish, or Next to save it and then choose whether to lock it with a passphrase.</source>
        <translation>Pulse Guardar mi caso para terminar, o Siguiente para guardarlo y luego elegir si lo bloquea con una frase de contraseña.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Finish</source>
        <translation>&amp;Terminar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Siguiente &gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Atrás</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save my case</source>
        <translation>&amp;Guardar mi caso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>These pages show what you typed before, which was not saved yet. Go on to save your case, or press Cancel to throw it away.</source>
        <translation>Estas páginas muestran lo que usted escribió antes y que todavía no se guardó. Siga adelante para guardar su caso, o pulse Cancelar para descartarlo.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>What you type cannot be kept safe right now: {reason} Save your case as soon as you can.</source>
        <translation>Lo que escribe no se puede conservar en este momento: {reason} Guarde su caso en cuanto pueda.</translation>
    </message>
</context>
<context>
    <name>Folders</name>
    <message>
        <location filename="../../app/ui/folders/switching.py" line="+35"/>
        <location line="+10"/>
        <source>Open another data folder</source>
        <translation>Abrir otra carpeta de datos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This data folder is the one open now:
{path}</source>
        <translation>Esta carpeta de datos es la que está abierta ahora:
{path}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This folder cannot be found:
{path}
If it is on a USB stick, check that the stick is plugged in, then try again.</source>
        <translation>No se encuentra esta carpeta:
{path}
Si está en una memoria USB, compruebe que la memoria esté conectada y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There are no cases in this folder yet:
{path}
Start the program there with no cases? It will keep everything you add in that folder.</source>
        <translation>Todavía no hay casos en esta carpeta:
{path}
¿Abrir el programa allí, sin casos? Guardará en esa carpeta todo lo que usted agregue.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start there</source>
        <translation>Abrir allí</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The program could not be started on that folder. Nothing was changed: this folder stays open.</source>
        <translation>No se pudo abrir el programa en esa carpeta. No se cambió nada: esta carpeta sigue abierta.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The program cannot keep its data in this folder ({reason}). Choose a folder you can write to.</source>
        <translation>El programa no puede guardar sus datos en esta carpeta ({reason}). Elija una carpeta en la que se pueda escribir.</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <location filename="../../app/ui/guide_links.py" line="+18"/>
        <source>Why?</source>
        <translation>¿Por qué?</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../app/ui/guide.py" line="+103"/>
        <location line="+4"/>
        <source>Guide</source>
        <translation>Guía</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The guide could not be found in the program&apos;s folder. The program works without it; ask staff to install the program again.</source>
        <translation>No se encontró la guía en la carpeta del programa. El programa funciona sin ella; pida al personal que vuelva a instalar el programa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not legal advice: the rules of your court and your judge&apos;s orders decide.</source>
        <translation>No es asesoría legal: deciden las reglas de su tribunal y las órdenes de su juez.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Print the guide…</source>
        <translation>&amp;Imprimir la guía…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Not printed</source>
        <translation>No se imprimió</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The guide could not be sent to the printer. Check that a printer is set up, or ask staff.</source>
        <translation>No se pudo enviar la guía a la impresora. Revise que haya una impresora configurada, o pida ayuda al personal.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../app/ui/safety/history_dialog.py" line="+46"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changes, oldest first</source>
        <translation>Cambios, los más antiguos primero</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the change did</source>
        <translation>Qué hizo el cambio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Put back the version before this change</source>
        <translation>&amp;Restaurar la versión anterior a este cambio</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No changes are recorded for this.</source>
        <translation>No hay cambios anotados para esto.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{field}: {before} → {after}</source>
        <translation>{field}: {before} → {after}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Requests it dealt with: {before} → {after}</source>
        <translation>Solicitudes que trató: {before} → {after}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing you can see changed.</source>
        <translation>No cambió nada que se vea.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot put it back</source>
        <translation>No se puede restaurar</translation>
    </message>
</context>
<context>
    <name>IdleMinutesDialog</name>
    <message>
        <location filename="../../app/ui/privacy/idle_dialog.py" line="+22"/>
        <source>Lock when not used</source>
        <translation>Bloquear cuando no se use</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Minutes without use before the program locks itself:</source>
        <translation>&amp;Minutos sin uso antes de que el programa se bloquee solo:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>From 1 to 60 minutes. When it locks, what you were typing is kept, and the passphrase opens the program again. Press Ctrl+L to lock it at once.</source>
        <translation>De 1 a 60 minutos. Al bloquearse, lo que estaba escribiendo se guarda, y la frase de contraseña vuelve a abrir el programa. Pulse Ctrl+L para bloquearlo enseguida.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <location filename="../../app/ui/launch.py" line="+129"/>
        <source>The program could not open its data folder ({folder}): {reason}. If the data is on a USB stick, check that it is plugged in, then start the program again.</source>
        <translation>El programa no pudo abrir su carpeta de datos ({folder}): {reason}. Si los datos están en una memoria USB, revise que esté conectada y vuelva a abrir el programa.</translation>
    </message>
    <message>
        <location filename="../../app/ui/display.py" line="+33"/>
        <source>Meet-and-Confer Log needs a screen to open its window, and none was found here (neither DISPLAY nor WAYLAND_DISPLAY is set). Start it from a desktop session. The commands (meetconfer --help) work without a screen.</source>
        <translation>Meet-and-Confer Log necesita una pantalla para abrir su ventana, y aquí no se encontró ninguna (no están definidos ni DISPLAY ni WAYLAND_DISPLAY). Ábralo desde una sesión de escritorio. Los comandos (meetconfer --help) funcionan sin pantalla.</translation>
    </message>
</context>
<context>
    <name>LawyerPage</name>
    <message>
        <location filename="../../app/ui/wizard.py" line="-342"/>
        <source>The other side&apos;s lawyer</source>
        <translation>El abogado de la otra parte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The lawyer&apos;s name and address are at the top left of the first page of every paper they sent you, and at the end, above the signature. “Attorneys for Defendants” says whom they represent. You can leave this page empty and add the lawyer later.</source>
        <translation>El nombre y la dirección del abogado están arriba a la izquierda de la primera página de cada papel que le enviaron, y al final, encima de la firma. «Attorneys for Defendants» dice a quién representan. Puede dejar esta página vacía y añadir el abogado después.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lawyer&apos;s na&amp;me</source>
        <translation>&amp;Nombre del abogado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Office or firm</source>
        <translation>&amp;Oficina o bufete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: Office of the Attorney General</source>
        <translation>Por ejemplo: Office of the Attorney General</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Represents</source>
        <translation>&amp;Representa a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: Defendants Sample and Jones</source>
        <translation>Por ejemplo: Defendants Sample and Jones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lawyer&apos;s a&amp;ddress (one line each)</source>
        <translation>&amp;Dirección del abogado (una línea por renglón)</translation>
    </message>
</context>
<context>
    <name>LetterPreviewDialog</name>
    <message>
        <location filename="../../app/ui/letters/preview.py" line="+20"/>
        <source>Preview of the letter</source>
        <translation>Vista previa de la carta</translation>
    </message>
</context>
<context>
    <name>LetterWindow</name>
    <message>
        <location filename="../../app/ui/letters/window.py" line="+123"/>
        <location line="+113"/>
        <source>Write a letter</source>
        <translation>Escribir una carta</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Kind of letter</source>
        <translation>&amp;Tipo de carta</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Re&amp;quests it is about</source>
        <translation>&amp;Solicitudes de las que trata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick each one with the Space bar.</source>
        <translation>Marque cada una con la barra espaciadora.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;To (their lawyer)</source>
        <translation>&amp;Para (su abogado)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Day you give it to staff for mailing</source>
        <translation>&amp;Día en que la entrega al personal para enviarla</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The letter, part by part</source>
        <translation>La carta, parte por parte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The letter is written in English, as the court expects. Above each part it says what the part is for. Change any words you want.</source>
        <translation>La carta se escribe en inglés, como espera el tribunal. Encima de cada parte se explica para qué sirve. Cambie las palabras que quiera.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pre&amp;view…</source>
        <translation>&amp;Vista previa…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Guardar como PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I &amp;mailed it…</source>
        <translation>&amp;Ya la envié…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Printing does not log anything. After you give the signed letter to staff for mailing, press “I mailed it”. Until then your words are kept: you can close this window and finish the letter another day.</source>
        <translation>Imprimir no anota nada en el registro. Cuando entregue la carta firmada al personal para enviarla, pulse «Ya la envié». Hasta entonces sus palabras se guardan: puede cerrar esta ventana y terminar la carta otro día.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>The letter cannot be dated after today ({today}). Write the day you give it to staff, today or earlier.</source>
        <translation>La carta no puede llevar una fecha posterior a hoy ({today}). Escriba el día en que la entrega al personal: hoy o antes.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Tick at least one request: the letter must say what it is about.</source>
        <translation>Marque al menos una solicitud: la carta tiene que decir de qué trata.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The program proposes this kind of letter from your record.</source>
        <translation>El programa propone este tipo de carta según su registro.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The letter asks for their reply by {day}: the rules your court follows say to wait until that day for it.</source>
        <translation>La carta pide su respuesta a más tardar el {day}: según las reglas que sigue su tribunal, hay que esperarla hasta ese día.</translation>
    </message>
</context>
<context>
    <name>Letters</name>
    <message>
        <location filename="../../app/domain/letter_wording.py" line="+56"/>
        <source>Who is writing and where to answer: your name, number and address.</source>
        <translation>Quién escribe y adónde contestar: su nombre, su número y su dirección.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The letter&apos;s date: the day you give it to staff for mailing.</source>
        <translation>La fecha de la carta: el día en que la entrega al personal para enviarla por correo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The lawyer the letter goes to, and the address.</source>
        <translation>El abogado a quien va la carta, y su dirección.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the letter is about: the case and the requests in dispute.</source>
        <translation>De qué trata la carta: el caso y las solicitudes en disputa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The greeting. The program does not guess a title such as Mr. or Ms.</source>
        <translation>El saludo. El programa no adivina un tratamiento como Sr. o Sra.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why you are writing.</source>
        <translation>Por qué escribe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The letters and calls about these requests so far, from your log.</source>
        <translation>Las cartas y llamadas sobre estas solicitudes hasta ahora, según su registro.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What was said in the call, from your notes in the log. Check that it is right and in English.</source>
        <translation>Lo que se dijo en la llamada, según sus notas en el registro. Revise que sea correcto y que esté en inglés.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Which request this is, by set and number, and its days: when you served it, when their answer was due and when it came.</source>
        <translation>Qué solicitud es, por serie y número, y sus fechas: cuándo la notificó, cuándo vencía su respuesta y cuándo llegó.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The request, quoted in full.</source>
        <translation>La solicitud, citada completa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their answer, quoted in full.</source>
        <translation>Su respuesta, citada completa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where this request stands after the call.</source>
        <translation>Cómo queda esta solicitud después de la llamada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is wrong with their answer, and the rule it breaks.</source>
        <translation>Qué está mal en su respuesta, y la regla que no cumple.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What would settle it: what you ask them to do.</source>
        <translation>Qué lo resolvería: lo que usted les pide que hagan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The day you ask them to answer by (their time to reply under the court&apos;s rules), and that you will ask the court to decide if it is not settled.</source>
        <translation>El día hasta el cual les pide que contesten (su plazo para responder según las reglas del tribunal), y que pedirá al tribunal que decida si no se resuelve.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Asking for a phone call, and how their lawyer can set up a legal call with you at the prison. Change the times if you have set ones.</source>
        <translation>La petición de una llamada telefónica, y cómo su abogado puede organizar una llamada legal con usted en la prisión. Cambie los horarios si usted tiene horarios fijos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That you will ask the court to decide what is still unresolved.</source>
        <translation>Que pedirá al tribunal que decida lo que sigue sin resolver.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A polite closing.</source>
        <translation>Una despedida cortés.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The closing.</source>
        <translation>La despedida.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign on the line by hand after printing.</source>
        <translation>Firme a mano sobre la línea después de imprimir.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The other lawyers in the case, who get a copy: mail them one too.</source>
        <translation>Los demás abogados del caso, que reciben una copia: envíeles una también.</translation>
    </message>
    <message>
        <location filename="../../app/domain/letters.py" line="+240"/>
        <source>The letter cannot say what is wrong with their answer to {label}: write it in the request&apos;s &quot;What is wrong&quot; or pick reasons, or write it into the letter yourself.</source>
        <translation>La carta no puede decir qué está mal en su respuesta a {label}: escríbalo en «Qué está mal» de la solicitud o elija motivos, o escríbalo usted mismo en la carta.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The letter cannot say what would settle {label}: write it in the request&apos;s &quot;What would settle it&quot;.</source>
        <translation>La carta no puede decir qué resolvería {label}: escríbalo en «Qué lo resolvería» de la solicitud.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} has no mailing address in the log, so this letter cannot be mailed as it is. Add the address to the lawyer&apos;s details.</source>
        <translation>{name} no tiene dirección postal en el registro, así que esta carta no se puede enviar por correo tal como está. Agregue la dirección a los datos del abogado.</translation>
    </message>
    <message>
        <location filename="../../app/services/letters.py" line="+87"/>
        <source>The mailing day {day} has not come yet. Choose today or a day before.</source>
        <translation>El día de envío, {day}, todavía no ha llegado. Elija hoy o un día anterior.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This case has no lawyer for the other side yet, so there is no one to write to. Add their lawyer first.</source>
        <translation>Este caso todavía no tiene abogado de la otra parte, así que no hay a quién escribir. Agregue primero a su abogado.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This case has no lawyer with the id &quot;{id}&quot; (its lawyers: {known}).</source>
        <translation>Este caso no tiene ningún abogado con el identificador «{id}» (sus abogados: {known}).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>There is no kind of letter called &quot;{kind}&quot; (the kinds: {known}).</source>
        <translation>No hay ningún tipo de carta llamado «{kind}» (los tipos: {known}).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The check does not propose this kind of letter for any request in dispute now. Choose the requests the letter is about.</source>
        <translation>La revisión no propone ahora este tipo de carta para ninguna solicitud en disputa. Elija las solicitudes de las que trata la carta.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose at least one request for the letter to be about.</source>
        <translation>Elija al menos una solicitud de la que trate la carta.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This case has no request with the id &quot;{id}&quot; (its requests: {known}).</source>
        <translation>Este caso no tiene ninguna solicitud con el identificador «{id}» (sus solicitudes: {known}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{label} is marked resolved or withdrawn, so there is nothing to write about it. Leave it out of the letter.</source>
        <translation>{label} está marcada como resuelta o retirada, así que no hay nada que escribir sobre ella. Déjela fuera de la carta.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The letter is empty.</source>
        <translation>La carta está vacía.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The letter is {length} characters long; a letter can have at most {limit}. Shorten the quoted texts or write about fewer requests.</source>
        <translation>La carta tiene {length} caracteres; una carta puede tener como máximo {limit}. Acorte los textos citados o escriba sobre menos solicitudes.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The letter&apos;s summary for the log is {length} characters long; it can have at most {limit}. Write about fewer requests.</source>
        <translation>El resumen de la carta para el registro tiene {length} caracteres; puede tener como máximo {limit}. Escriba sobre menos solicitudes.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The legal-mail log number is {length} characters long; it can have at most {limit}.</source>
        <translation>El número del registro de correo legal tiene {length} caracteres; puede tener como máximo {limit}.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The mailing day {day} has not come yet. Log the letter on the day you give it to staff, or a day after.</source>
        <translation>El día de envío, {day}, todavía no ha llegado. Anote la carta el día en que la entregue al personal, o un día después.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The letter is dated {dated}, so it cannot have been mailed on {day}. Change the letter&apos;s date, or the mailing day.</source>
        <translation>La carta tiene fecha del {dated}, así que no pudo enviarse el {day}. Cambie la fecha de la carta o el día de envío.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The lawyer this letter is addressed to is no longer in the case. Draft the letter again.</source>
        <translation>El abogado a quien va dirigida esta carta ya no está en el caso. Vuelva a redactar la carta.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A request this letter is about is no longer in the case. Draft the letter again.</source>
        <translation>Una solicitud de la que trata esta carta ya no está en el caso. Vuelva a redactar la carta.</translation>
    </message>
    <message>
        <location filename="../../app/ui/letters/keeping.py" line="+132"/>
        <source>Your words could not be kept in the data folder just now. They are still here on the screen: print the letter or check that the USB stick is in.</source>
        <translation>Sus palabras no se pudieron guardar en la carpeta de datos en este momento. Siguen aquí en la pantalla: imprima la carta o compruebe que la memoria USB está puesta.</translation>
    </message>
    <message>
        <location filename="../../app/ui/letters/words.py" line="+26"/>
        <source>Names each request, says what is wrong with their answer and what would settle it, asks for a written reply by a day and for a phone call, and says that a motion to compel will follow if nothing changes.</source>
        <translation>Nombra cada solicitud, dice qué está mal en su respuesta y qué lo resolvería, pide una respuesta por escrito para un día y una llamada telefónica, y dice que presentará una moción para obligar (motion to compel) si nada cambia.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Refers to your earlier letter, says no answer came, says again what is wrong and what you want, and asks again for a reply and a phone call by a new day.</source>
        <translation>Menciona su carta anterior, dice que no llegó respuesta, repite qué está mal y qué quiere, y vuelve a pedir una respuesta y una llamada para un día nuevo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Asks for a telephone conference about the requests and says how their lawyer sets up a legal call with the prison.</source>
        <translation>Pide una conferencia telefónica sobre las solicitudes y explica cómo su abogado organiza una llamada legal con la prisión.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Confirms in writing what was talked about and agreed for each request, and what is still in dispute.</source>
        <translation>Confirma por escrito lo que se habló y se acordó sobre cada solicitud, y lo que sigue en disputa.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lists each request still not settled and what you wanted, and says that you will ask the court to decide them.</source>
        <translation>Enumera cada solicitud aún sin resolver y lo que usted pedía, y dice que pedirá al tribunal que las decida.</translation>
    </message>
</context>
<context>
    <name>Lock</name>
    <message>
        <location filename="../../app/services/privacy.py" line="+405"/>
        <source>The data in {path} could not be prepared for locking ({reason}). Nothing was changed.</source>
        <translation>Los datos de {path} no se pudieron preparar para bloquearlos con una frase de contraseña ({reason}). No se cambió nada.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Another program is using the data file, so it cannot be locked now. Close Meet-and-Confer Log and try again. Nothing was changed.</source>
        <translation>Otro programa está usando el archivo de datos, así que ahora no se puede bloquear. Cierre Meet-and-Confer Log e inténtelo de nuevo. No se cambió nada.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The data folder {path} is already locked with a passphrase. To change the passphrase, give the present one too. Nothing was changed.</source>
        <translation>La carpeta de datos {path} ya está bloqueada con una frase de contraseña. Para cambiar la frase de contraseña, escriba también la actual. No se cambió nada.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The data folder {path} is not locked. Nothing was changed.</source>
        <translation>La carpeta de datos {path} no está bloqueada. No se cambió nada.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no data in {path} to lock yet. Nothing was changed.</source>
        <translation>Todavía no hay datos en {path} que bloquear. No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../app/store/cipher.py" line="+352"/>
        <source>The copy did not come out the same as the data it was made from. Nothing was changed. Check that the disk has free space and try again.</source>
        <translation>La copia no salió igual a los datos de los que se hizo. No se cambió nada. Revise que el disco tenga espacio libre e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The passphrase is empty. Type a passphrase to lock the data folder: it will be asked for each time the folder is opened.</source>
        <translation>La frase de contraseña está vacía. Escriba una frase de contraseña para bloquear la carpeta de datos: se le pedirá cada vez que se abra la carpeta.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The passphrase holds a character that cannot be typed (a null character). Type the passphrase again.</source>
        <translation>La frase de contraseña tiene un carácter que no se puede escribir (un carácter nulo). Escriba la frase de contraseña otra vez.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>The passphrase does not open the locked data. Nothing was changed. Check the passphrase (capital letters and accents count) and try again.</source>
        <translation>La frase de contraseña no abre los datos bloqueados. No se cambió nada. Revise la frase de contraseña (las mayúsculas y los acentos cuentan) e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The passphrase does not open the locked data {path}. Nothing was changed. Check the passphrase (capital letters and accents count) and try again.</source>
        <translation>La frase de contraseña no abre los datos bloqueados {path}. No se cambió nada. Revise la frase de contraseña (las mayúsculas y los acentos cuentan) e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The file {path} is not a locked data file (or it is missing or damaged). Nothing was changed.</source>
        <translation>El archivo {path} no es un archivo de datos bloqueado con una frase de contraseña (o falta o está dañado). No se cambió nada.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The file {path} is not a Meet-and-Confer Log data file that can be locked (it is missing, damaged or already locked). Nothing was changed.</source>
        <translation>El archivo {path} no es un archivo de datos de Meet-and-Confer Log que se pueda bloquear (falta, está dañado o ya está bloqueado). No se cambió nada.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The data in {path} could not be copied. Nothing was changed. Check that the disk has free space and that the data is not damaged (`meetconfer verify`).</source>
        <translation>Los datos de {path} no se pudieron copiar. No se cambió nada. Revise que el disco tenga espacio libre y que los datos no estén dañados (`meetconfer verify`).</translation>
    </message>
    <message>
        <location filename="../../app/store/backup_sealing.py" line="+206"/>
        <source>The backup {path} could not be read ({reason}), so the backups could not be converted. Nothing was changed. Move that file out of the backups folder and try again.</source>
        <translation>No se pudo leer la copia de seguridad {path} ({reason}), así que no se pudieron convertir las copias de seguridad. No se cambió nada. Saque ese archivo de la carpeta de copias de seguridad e inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>LockActions</name>
    <message>
        <location filename="../../app/ui/privacy/actions.py" line="+50"/>
        <source>&amp;Lock now</source>
        <translation>&amp;Bloquear ahora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock the program now: its passphrase opens it again (Ctrl+L)</source>
        <translation>Bloquear el programa ahora: su frase de contraseña lo vuelve a abrir (Ctrl+L)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lock when not &amp;used…</source>
        <translation>Bloquear cuando no se &amp;use…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Lock the program</source>
        <translation>Bloquear el programa</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <location filename="../../app/ui/lock_setup/dialogs.py" line="-60"/>
        <source>Lock this data folder</source>
        <translation>Bloquear esta carpeta de datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lock the folder</source>
        <translation>&amp;Bloquear la carpeta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Locking keeps your cases private on a shared computer. Everything in this data folder is turned into unreadable code, backups included. Each time the program opens this folder it asks for the passphrase first: without it, nobody who sits at this computer after you, or copies the folder, can read a line of your cases.</source>
        <translation>Bloquear la carpeta mantiene sus casos privados en una computadora compartida. Todo lo que hay en esta carpeta de datos se convierte en un código ilegible, también las copias de seguridad. Cada vez que el programa abra esta carpeta, primero le pedirá la frase de contraseña: sin ella, nadie que use esta computadora después de usted, o que copie la carpeta, podrá leer ni una línea de sus casos.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A passphrase is a few words, for example four words you will remember in an order nobody would guess. Capitals and spaces count.</source>
        <translation>Una frase de contraseña son unas cuantas palabras, por ejemplo cuatro palabras que usted recuerde, en un orden que nadie adivinaría. Las mayúsculas y los espacios cuentan.</translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <location filename="../../app/ui/wizard.py" line="+119"/>
        <source>Keep your case private?</source>
        <translation>¿Mantener su caso privado?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your case is saved. If other people use this computer, you can lock this data folder with a passphrase: everything in it is turned into unreadable code, and the program asks for the passphrase each time it opens the folder. Nobody without it can read your cases. You can also do it later: in the Case menu, under Privacy.</source>
        <translation>Su caso está guardado. Si otras personas usan esta computadora, puede bloquear esta carpeta de datos con una frase de contraseña: todo lo que contiene se convierte en un código ilegible, y el programa pide la frase de contraseña cada vez que abre la carpeta. Nadie que no la tenga puede leer sus casos. También puede hacerlo más tarde: en el menú Caso, en Privacidad.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not &amp;now</source>
        <translation>Ahora &amp;no</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes, lock this data folder with a passphrase</source>
        <translation>&amp;Sí, bloquear esta carpeta de datos con una frase de contraseña</translation>
    </message>
</context>
<context>
    <name>LockSetup</name>
    <message>
        <location filename="../../app/ui/lock_setup/converting.py" line="+81"/>
        <source>Please wait</source>
        <translation>Espere, por favor</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The data folder could not be changed ({reason}). Nothing was changed: your data is as it was.</source>
        <translation>No se pudo cambiar la carpeta de datos ({reason}). No se cambió nada: sus datos están como estaban.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The program could not open your data again ({reason}). It will close now. Start it again: your data is in its folder.</source>
        <translation>El programa no pudo volver a abrir sus datos ({reason}). Se cerrará ahora. Vuelva a abrirlo: sus datos están en su carpeta.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lock_setup/dialogs.py" line="-99"/>
        <source>Locking your data folder. Please wait, and do not close the program.</source>
        <translation>Bloqueando su carpeta de datos. Espere, por favor, y no cierre el programa.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This data folder is locked. From now on the program asks for the passphrase each time it opens the folder.</source>
        <translation>Esta carpeta de datos está bloqueada. Desde ahora, el programa pide la frase de contraseña cada vez que abre la carpeta.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lock_setup/fields.py" line="+30"/>
        <source>S&amp;how what I type</source>
        <translation>&amp;Mostrar lo que escribo</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>If you forget the passphrase, nobody can open your cases again: not you, not the library staff, not the makers of this program. There is no way to get it back. Choose words you will remember, and keep them to yourself.</source>
        <translation>Si olvida la frase de contraseña, nadie podrá volver a abrir sus casos: ni usted, ni el personal de la biblioteca, ni quienes hicieron este programa. No hay manera de recuperarla. Elija palabras que vaya a recordar y no se las diga a nadie.</translation>
    </message>
</context>
<context>
    <name>LogEntryView</name>
    <message>
        <location filename="../../app/ui/pages/log_entry_view.py" line="+18"/>
        <source>The chosen letter or call</source>
        <translation>La carta o llamada elegida</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a letter or call in the list to read it in full here.</source>
        <translation>Elija una carta o llamada de la lista para leerla completa aquí.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{how} from me to {who}</source>
        <translation>{how} de mí a {who}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{how} to me from {who}</source>
        <translation>{how} a mí de {who}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the other side</source>
        <translation>la parte contraria</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>about {day}</source>
        <translation>alrededor del {day}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Received: {day}</source>
        <translation>Recibida: {day}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>at {time}</source>
        <translation>a las {time}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{minutes} minutes</source>
        <translation>{minutes} minutos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Requests: {labels}</source>
        <translation>Solicitudes: {labels}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>explained what is wrong</source>
        <translation>explicó qué está mal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>proposed a way to settle it</source>
        <translation>propuso una forma de resolverlo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>asked for a call or meeting</source>
        <translation>pidió una llamada o una reunión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>said a motion will follow</source>
        <translation>anunció una moción</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It {things}.</source>
        <translation>En ella {things}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Legal mail log number: {number}</source>
        <translation>Número del registro de correo legal: {number}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The program wrote this letter; its text as mailed is kept with this entry (“Read the letter you mailed”).</source>
        <translation>El programa escribió esta carta; su texto tal como se envió se guarda con esta entrada («Leer la carta que envió y registró»).</translation>
    </message>
</context>
<context>
    <name>LogModel</name>
    <message>
        <location filename="../../app/ui/models/log_model.py" line="+29"/>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who sent it</source>
        <translation>Quién la envió</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How</source>
        <translation>Cómo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests</source>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What it said</source>
        <translation>Qué decía</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>about {day}</source>
        <translation>alrededor del {day}</translation>
    </message>
</context>
<context>
    <name>LogPage</name>
    <message>
        <location filename="../../app/ui/pages/log_page.py" line="+67"/>
        <source>Letters and calls</source>
        <translation>Cartas y llamadas</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Both ways</source>
        <translation>En ambos sentidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From me</source>
        <translation>De mí</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+129"/>
        <source>From them</source>
        <translation>De ellos</translation>
    </message>
    <message>
        <location line="-127"/>
        <source>Any way</source>
        <translation>De cualquier forma</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Words in what it said, a lawyer&apos;s name…</source>
        <translation>Palabras de lo que decía, el nombre de un abogado…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Oldest first</source>
        <translation>Las más antiguas primero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newest first</source>
        <translation>Las más recientes primero</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Re&amp;quest:</source>
        <translation>Solici&amp;tud:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How (&amp;method):</source>
        <translation>Có&amp;mo (medio):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Sort:</source>
        <translation>&amp;Orden:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Chan&amp;ge…</source>
        <translation>Camb&amp;iar…</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>about {day}</source>
        <translation>alrededor del {day}</translation>
    </message>
    <message>
        <location line="+153"/>
        <source>Move this entry from {day} to the trash? You can put it back with Backups and trash → Trash of this case.</source>
        <translation>¿Mover a la papelera esta entrada del {day}? Puede recuperarla en Copias y papelera → Papelera de este caso.</translation>
    </message>
    <message>
        <location line="-255"/>
        <source>&amp;Who sent it:</source>
        <translation>&amp;Quién la envió:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Find:</source>
        <translation>B&amp;uscar:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;New letter or call…</source>
        <translation>&amp;Nueva carta o llamada…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dele&amp;te</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a letter…</source>
        <translation>Escribir una carta…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the letter yo&amp;u mailed…</source>
        <translation>Leer la carta que envió y re&amp;gistró…</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Phone call</source>
        <translation>Llamada telefónica</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>All requests</source>
        <translation>Todas las solicitudes</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Letters and calls in the log: {count}</source>
        <translation>Cartas y llamadas en el registro: {count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Showing {shown} of the {total} letters and calls in the log</source>
        <translation>Se muestran {shown} de las {total} cartas y llamadas del registro</translation>
    </message>
</context>
<context>
    <name>LoggedLetterDialog</name>
    <message>
        <location filename="../../app/ui/letters/logged.py" line="+32"/>
        <source>The letter you mailed</source>
        <translation>La carta que usted envió</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The &amp;letter as mailed. It cannot be changed: to send different words, write and log a new letter.</source>
        <translation>La &amp;carta tal como se envió. No se puede cambiar: para enviar otras palabras, escriba y registre una carta nueva.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The letter as mailed</source>
        <translation>La carta tal como se envió</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print &amp;again…</source>
        <translation>Imprimir &amp;otra vez…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre&amp;view…</source>
        <translation>&amp;Vista previa…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Guardar como PDF…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{kind}, given to staff for mailing on {day}</source>
        <translation>{kind}, entregada al personal para enviarla el {day}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To: {name}</source>
        <translation>Para: {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Requests: {labels}</source>
        <translation>Solicitudes: {labels}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It asked for a reply by {day}.</source>
        <translation>Pedía una respuesta a más tardar el {day}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Legal mail log number: {number}</source>
        <translation>Número del registro de correo legal: {number}</translation>
    </message>
</context>
<context>
    <name>MailedForm</name>
    <message>
        <location filename="../../app/ui/letters/mailed.py" line="+38"/>
        <source>I mailed it</source>
        <translation>Ya la envié</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Day you gave it to prison staff for mailing</source>
        <translation>&amp;Día en que la entregó al personal de la prisión para enviarla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal mail lo&amp;g number</source>
        <translation>Número del re&amp;gistro de correo legal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The number prison staff wrote in the legal-mail log, if they gave you one. You can leave it empty.</source>
        <translation>El número que el personal de la prisión anotó en el registro de correo legal, si le dieron uno. Puede dejarlo vacío.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Log the letter</source>
        <translation>&amp;Registrar la carta</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>That day is after today ({today}). Write the day you gave the letter to staff.</source>
        <translation>Ese día es posterior a hoy ({today}). Escriba el día en que entregó la carta al personal.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That day is before the date on the letter ({day}): a letter cannot be mailed before it was written. Check the day, or change the letter&apos;s date.</source>
        <translation>Ese día es anterior a la fecha de la carta ({day}): una carta no se puede enviar antes de escribirla. Revise el día, o cambie la fecha de la carta.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="+122"/>
        <source>Switch case</source>
        <translation>Cambiar de caso</translation>
    </message>
    <message>
        <location line="+169"/>
        <source>&amp;Case</source>
        <translation>&amp;Caso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New case…</source>
        <translation>&amp;Nuevo caso…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case &amp;details…</source>
        <translation>&amp;Datos del caso…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open another case…</source>
        <translation>&amp;Abrir otro caso…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the &amp;sample case</source>
        <translation>Abrir el caso de &amp;ejemplo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import a case file…</source>
        <translation>&amp;Importar un archivo de caso…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export this case to a file…</source>
        <translation>E&amp;xportar este caso a un archivo…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show where my data is &amp;kept</source>
        <translation>&amp;Mostrar dónde se guardan mis datos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print the filing packet…</source>
        <translation>Im&amp;primir el paquete para el tribunal…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the filing packet as PD&amp;F…</source>
        <translation>Guardar el paquete como PD&amp;F…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Add</source>
        <translation>&amp;Agregar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;letter or call…</source>
        <translation>Nueva &amp;carta o llamada…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New &amp;request in dispute…</source>
        <translation>Nueva &amp;solicitud en disputa…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New lawyer for the &amp;other side…</source>
        <translation>Nuevo a&amp;bogado de la parte contraria…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="-227"/>
        <location line="+229"/>
        <source>&amp;Requests in dispute</source>
        <translation>&amp;Solicitudes en disputa</translation>
    </message>
    <message>
        <location line="-228"/>
        <location line="+229"/>
        <source>&amp;Letters and calls</source>
        <translation>Cartas y &amp;llamadas</translation>
    </message>
    <message>
        <location line="-226"/>
        <source>Filing pack&amp;et</source>
        <translation>&amp;Documentos para el tribunal</translation>
    </message>
    <message>
        <location line="+226"/>
        <source>&amp;Counsel</source>
        <translation>A&amp;bogados</translation>
    </message>
    <message>
        <location line="-227"/>
        <location line="+228"/>
        <source>Coming &amp;dates</source>
        <translation>Próximas fec&amp;has</translation>
    </message>
    <message>
        <location line="-229"/>
        <source>C&amp;ounsel</source>
        <translation>A&amp;bogados</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>O&amp;pen case:</source>
        <translation>Caso abie&amp;rto:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sample case: made up, to try the program</source>
        <translation>Caso de ejemplo: inventado, para probar el programa</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>Language not changed</source>
        <translation>No se cambió el idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The words for that language could not be loaded. The program stays in English.</source>
        <translation>No se pudieron cargar las palabras de ese idioma. El programa sigue en inglés.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Open &amp;another data folder…</source>
        <translation>Abrir otra &amp;carpeta de datos…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Recent data folders</source>
        <translation>Carpetas de datos &amp;recientes</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Write a letter…</source>
        <translation>&amp;Escribir una carta…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Prepare the declaration</source>
        <translation>Preparar la &amp;declaración</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Find in letters and calls</source>
        <translation>B&amp;uscar en cartas y llamadas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Larger &amp;text</source>
        <translation>Letra más &amp;grande</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Guide</source>
        <translation>&amp;Guía</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About this program</source>
        <translation>&amp;Acerca de este programa</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Cannot open the case</source>
        <translation>No se puede abrir el caso</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Lock this data folder</source>
        <translation>Bloquear esta carpeta de datos</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Import a case file</source>
        <translation>Importar un archivo de caso</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A case numbered {number} is already here. Replace it with the one in this file? Everything now in that case will be replaced.</source>
        <translation>Ya hay aquí un caso con el número {number}. ¿Reemplazarlo por el de este archivo? Se reemplazará todo lo que ahora tiene ese caso.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace the case?</source>
        <translation>¿Reemplazar el caso?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace</source>
        <translation>Reemplazar</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+7"/>
        <source>Not imported</source>
        <translation>No se importó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file was not imported, and nothing was changed. What is wrong with it:</source>
        <translation>Este archivo no se importó y no se cambió nada. Lo que tiene mal:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Case files (*.json);;All files (*)</source>
        <translation>Archivos de caso (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+12"/>
        <source>Export this case to a file</source>
        <translation>Exportar este caso a un archivo</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>This data folder is locked, but the exported file will NOT be locked: anyone who opens it can read your case. Keep it somewhere only you can reach, and delete it when you no longer need it.

Export the case anyway?</source>
        <translation>Esta carpeta de datos está bloqueada, pero el archivo exportado NO estará bloqueado: cualquiera que lo abra puede leer su caso. Guárdelo donde solo usted pueda llegar y bórrelo cuando ya no lo necesite.

¿Exportar el caso de todos modos?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export an unlocked file</source>
        <translation>Exportar un archivo sin bloquear</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not exported</source>
        <translation>No se exportó</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported</source>
        <translation>Exportado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The case was saved to this file:
{path}</source>
        <translation>El caso se guardó en este archivo:
{path}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Where your data is kept</source>
        <translation>Dónde se guardan sus datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your data is kept in this folder:
{path}</source>
        <translation>Sus datos se guardan en esta carpeta:
{path}</translation>
    </message>
</context>
<context>
    <name>NewPassphrase</name>
    <message>
        <location filename="../../app/ui/lock_setup/fields.py" line="-27"/>
        <source>New &amp;passphrase:</source>
        <translation>Nueva &amp;frase de contraseña:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the new passphrase &amp;again:</source>
        <translation>Escriba la nueva &amp;otra vez:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The two passphrases are not the same. Type the same passphrase in both boxes.</source>
        <translation>Las dos frases de contraseña no son iguales. Escriba la misma frase de contraseña en los dos espacios.</translation>
    </message>
</context>
<context>
    <name>Outputs</name>
    <message>
        <location filename="../../app/services/outputs.py" line="+48"/>
        <source>{path} is a link to a file that is not there. Give a file name in a folder instead.</source>
        <translation>{path} es un enlace a un archivo que no existe. Indique en su lugar un nombre de archivo dentro de una carpeta.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{path} is a folder. Give a file name in it, for example {example}.</source>
        <translation>{path} es una carpeta. Indique un nombre de archivo dentro de ella, por ejemplo {example}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{path} is not an ordinary file (it is a device, a pipe or the like), so nothing is written to it. Give a file name in a folder.</source>
        <translation>{path} no es un archivo común (es un dispositivo, una tubería o algo parecido), así que no se escribe nada en él. Indique un nombre de archivo dentro de una carpeta.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{path} cannot be written: part of the way to it is a file, not a folder.</source>
        <translation>No se puede escribir {path}: parte del camino hasta él es un archivo, no una carpeta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{path} cannot be written ({reason}).</source>
        <translation>No se puede escribir {path} ({reason}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{path} cannot be written: the folder {folder} does not exist.</source>
        <translation>No se puede escribir {path}: la carpeta {folder} no existe.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{path} cannot be written: the folder {folder} is read-only.</source>
        <translation>No se puede escribir {path}: la carpeta {folder} es de solo lectura.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{path} is in the program&apos;s data folder ({folder}); writing there could replace your data. Choose a file somewhere else, for example on a USB stick or in your documents.</source>
        <translation>{path} está en la carpeta de datos del programa ({folder}); escribir ahí podría reemplazar sus datos. Elija un archivo en otro lugar, por ejemplo en una memoria USB o en sus documentos.</translation>
    </message>
</context>
<context>
    <name>PacketPlan</name>
    <message>
        <location filename="../../app/ui/declaration/packet_plan.py" line="+42"/>
        <source>What the filing packet will hold</source>
        <translation>Lo que tendrá el paquete</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tick at least one request to see what the packet will hold.</source>
        <translation>Marque al menos una solicitud para ver lo que tendrá el paquete.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What is missing</source>
        <translation>Lo que falta</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>1. The statement of the requests in dispute: {count} request(s), each with the request and the response in full, what is wrong and what you ask the court to order.</source>
        <translation>1. La exposición de las solicitudes en disputa: {count} solicitud(es), cada una con la solicitud y la respuesta completas, lo que está mal y lo que usted pide que el tribunal ordene.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>2. The declaration: the {count} numbered paragraphs shown here, to sign.</source>
        <translation>2. La declaración: los {count} párrafos numerados que se ven aquí, para firmar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>3. The index of exhibits.</source>
        <translation>3. El índice de anexos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4. Exhibit A: the log, {count} row(s).</source>
        <translation>4. Anexo A: el registro, {count} fila(s).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>printed again from the letter you logged as mailed</source>
        <translation>impresa de nuevo a partir de la carta que usted registró como enviada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a cover sheet: put your paper copy behind it</source>
        <translation>una portada: ponga detrás su copia en papel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a cover sheet: put your paper copy of the request and the response behind it</source>
        <translation>una portada: ponga detrás su copia en papel de la solicitud y de la respuesta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>   Exhibit {label}: {what} ({note}).</source>
        <translation>   Anexo {label}: {what} ({note}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>5. The proof of service by mail, to {count} lawyer(s), listing every paper in the packet.</source>
        <translation>5. La prueba de notificación por correo, a {count} abogado(s), con la lista de todos los papeles del paquete.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>⚠ {label}: the text of the request or of the response is not entered. The statement will say it is attached as Exhibit {exhibit}, a cover sheet; put the paper copy behind it, or enter the text on the “Requests in dispute” page.</source>
        <translation>⚠ {label}: no se ha escrito el texto de la solicitud o de la respuesta. La exposición dirá que va adjunto como Anexo {exhibit}, una portada; ponga detrás la copia en papel, o escriba el texto en la página «Solicitudes en disputa».</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>⚠ {label}: what you want them to do is not entered, so the statement does not say what order you ask for.</source>
        <translation>⚠ {label}: no se ha escrito lo que usted quiere que hagan, así que la exposición no dice qué orden pide usted.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>⚠ {name} has no mailing address. The proof of service will show the name with no address: add it on the “Counsel” page before you mail the packet.</source>
        <translation>⚠ {name} no tiene dirección postal. La prueba de notificación mostrará el nombre sin dirección: añádala en la página «Abogados» antes de enviar el paquete.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>⚠ No lawyer for the other side is entered: the proof of service will have blank lines for the address.</source>
        <translation>⚠ No hay ningún abogado de la otra parte: la prueba de notificación tendrá líneas en blanco para la dirección.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing is missing.</source>
        <translation>No falta nada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is missing:</source>
        <translation>Lo que falta:</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../app/ui/pages/common.py" line="+39"/>
        <source>Column titles</source>
        <translation>Títulos de las columnas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Row numbers</source>
        <translation>Números de fila</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Keyboard: {keys}</source>
        <translation>Teclado: {keys}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete?</source>
        <translation>¿Eliminar?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not deleted</source>
        <translation>No se eliminó</translation>
    </message>
</context>
<context>
    <name>ParagraphPanel</name>
    <message>
        <location filename="../../app/ui/declaration/paragraph_panel.py" line="+184"/>
        <source>A paragraph cannot be empty. To go back to the program&apos;s wording, press Restore.</source>
        <translation>Un párrafo no puede quedar vacío. Para volver a la redacción del programa, pulse Volver a la redacción del programa.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Paragraphs of the declaration</source>
        <translation>Párrafos de la declaración</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wording the program generated</source>
        <translation>Redacción que hizo el programa</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Paragraphs o&amp;f the declaration (it prints in English):</source>
        <translation>Párrafos de la d&amp;eclaración (se imprime en inglés):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wording the program generated (for comparison):</source>
        <translation>Redacción que hizo el programa (para comparar):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>My wording is still &amp;right</source>
        <translation>Mi redacción sigue siendo co&amp;rrecta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You read this paragraph again: print it as you wrote it, and take away the mark.</source>
        <translation>Usted volvió a leer este párrafo: se imprime como usted lo escribió y se quita la marca.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore the program&apos;s wording</source>
        <translation>Volver a la redacción del programa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Throw away your wording of this paragraph and print the program&apos;s wording again.</source>
        <translation>Descartar su redacción de este párrafo e imprimir otra vez la redacción del programa.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Wording of paragraph {number}:</source>
        <translation>Redacció&amp;n del párrafo {number}:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wording of paragraph {number}</source>
        <translation>Redacción del párrafo {number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Wording of the chosen paragraph:</source>
        <translation>Redacció&amp;n del párrafo elegido:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wording of the chosen paragraph</source>
        <translation>Redacción del párrafo elegido</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check this paragraph: you changed its wording, and the log has changed since then. Compare it with the program&apos;s new wording below. Press “My wording is still right” if yours is, or Restore to use the program&apos;s.</source>
        <translation>Revise este párrafo: usted cambió su redacción y después cambió el registro. Compárela con la nueva redacción del programa, que está abajo. Pulse «Mi redacción sigue siendo correcta» si la suya lo es, o Volver a la redacción del programa para usar la del programa.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This paragraph prints with your wording.</source>
        <translation>Este párrafo se imprime con su redacción.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>[Your wording – check it: the log has changed] </source>
        <translation>[Su redacción – revísela: el registro cambió] </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>[Your wording] </source>
        <translation>[Su redacción] </translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../app/ui/declaration/preview.py" line="+146"/>
        <source>Pre&amp;vious page</source>
        <translation>Página &amp;anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next page</source>
        <translation>Página &amp;siguiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;in</source>
        <translation>A&amp;mpliar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;out</source>
        <translation>&amp;Reducir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit &amp;width</source>
        <translation>Ajustar al anc&amp;ho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>W&amp;hole page</source>
        <translation>Página &amp;entera</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{action} (keyboard: {keys})</source>
        <translation>{action} (teclado: {keys})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pa&amp;ge:</source>
        <translation>Pági&amp;na:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>of {count}</source>
        <translation>de {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pages of the document, as they will print</source>
        <translation>Páginas del documento, tal como se imprimirán</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location line="+32"/>
        <source>Preview of the declaration</source>
        <translation>Vista previa de la declaración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Guardar como PDF…</translation>
    </message>
</context>
<context>
    <name>PrintOptions</name>
    <message>
        <location filename="../../app/ui/declaration/options.py" line="+75"/>
        <source>Signing and service</source>
        <translation>Firma y entrega</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Si&amp;gning date (leave blank to write it in by hand):</source>
        <translation>&amp;Fecha de la firma (déjela en blanco para escribirla a mano):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 3/10/2025</source>
        <translation>p. ej. 10/3/2025</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing date</source>
        <translation>Fecha de la firma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Include the proof of service by &amp;mail</source>
        <translation>Incluir el comprobante de entrega por c&amp;orreo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A page, signed like the declaration, saying that you gave a copy to prison staff to mail to each lawyer for the other side.</source>
        <translation>Una página (proof of service by mail), firmada como la declaración, que dice que usted entregó una copia al personal de la prisión para enviarla por correo a cada abogado de la parte contraria.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Write the day as month/day/year, for example 3/10/2025, or in words, or leave it blank to write the day in by hand when you sign.</source>
        <translation>Escriba el día como día/mes/año, por ejemplo 10/3/2025, o en palabras, o déjelo en blanco para escribir el día a mano cuando firme.</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../app/ui/declaration/printing.py" line="+174"/>
        <source>Not printed</source>
        <translation>No se imprimió</translation>
    </message>
    <message>
        <location line="-113"/>
        <source>Print the letter</source>
        <translation>Imprimir la carta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No printer is set up on this computer. Save the letter as a PDF file instead and print it on a computer that has a printer, or ask the library staff for help.</source>
        <translation>No hay ninguna impresora configurada en esta computadora. Guarde la carta como archivo PDF e imprímala en una computadora que tenga impresora, o pida ayuda al personal de la biblioteca.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The printer did not print the letter. Check that it is switched on, has paper and is not jammed, then try again. You can also save the letter as a PDF file and print it later.</source>
        <translation>La impresora no imprimió la carta. Compruebe que está encendida, que tiene papel y que no está atascada, y vuelva a intentarlo. También puede guardar la carta como archivo PDF e imprimirla más tarde.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save the letter as a PDF file</source>
        <translation>Guardar la carta como archivo PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The letter could not be saved as {path} ({reason}). Check that the USB stick is still in and that the disk is not full, or choose another folder, then try again.</source>
        <translation>No se pudo guardar la carta como {path} ({reason}). Compruebe que la memoria USB sigue puesta y que el disco no está lleno, o elija otra carpeta, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Print the filing packet</source>
        <translation>Imprimir los documentos para el tribunal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No printer is set up on this computer. Save the filing packet as a PDF file instead and print it on a computer that has a printer, or ask the library staff for help.</source>
        <translation>No hay ninguna impresora configurada en esta computadora. Guarde los documentos para el tribunal como archivo PDF e imprímalos en una computadora que tenga impresora, o pida ayuda al personal de la biblioteca.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The printer did not print the filing packet. Check that it is switched on, has paper and is not jammed, then try again. You can also save the filing packet as a PDF file and print it later.</source>
        <translation>La impresora no imprimió los documentos para el tribunal. Compruebe que está encendida, que tiene papel y que no está atascada, y vuelva a intentarlo. También puede guardar los documentos como archivo PDF e imprimirlos más tarde.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save the filing packet as a PDF file</source>
        <translation>Guardar los documentos para el tribunal como archivo PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The filing packet could not be saved as {path} ({reason}). Check that the USB stick is still in and that the disk is not full, or choose another folder, then try again.</source>
        <translation>No se pudieron guardar los documentos para el tribunal como {path} ({reason}). Compruebe que la memoria USB sigue puesta y que el disco no está lleno, o elija otra carpeta, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+6"/>
        <source>Not saved</source>
        <translation>No se guardó</translation>
    </message>
</context>
<context>
    <name>PrivacyMenu</name>
    <message>
        <location filename="../../app/ui/lock_setup/menu.py" line="+33"/>
        <source>Pri&amp;vacy</source>
        <translation>Pri&amp;vacidad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Lock this data folder with a passphrase…</source>
        <translation>&amp;Bloquear esta carpeta de datos con una frase de contraseña…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Change the passphrase…</source>
        <translation>&amp;Cambiar la frase de contraseña…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove the passphrase…</source>
        <translation>&amp;Quitar la frase de contraseña…</translation>
    </message>
</context>
<context>
    <name>ReadinessPanel</name>
    <message>
        <location filename="../../app/ui/declaration/readiness.py" line="+53"/>
        <source>Ready to file?</source>
        <translation>¿Lista para presentar?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tick at least one request below to see whether it is ready.</source>
        <translation>Marque abajo al menos una solicitud para ver si está lista.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>✔ Conferring documented: {label}. Next: the court&apos;s own step, {step}. Mark it done below once it is done.</source>
        <translation>✔ Consulta documentada: {label}. Siguiente paso: el paso propio del tribunal, {step}. Márquelo abajo como hecho cuando esté hecho.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>✔ Ready: {label}. The log shows a good-faith effort to meet and confer.</source>
        <translation>✔ Lista: {label}. El registro muestra un esfuerzo de buena fe para reunirse y consultar (meet and confer).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✖ Not ready yet: {label}.</source>
        <translation>✖ Todavía no está lista: {label}.</translation>
    </message>
</context>
<context>
    <name>RecentFoldersMenu</name>
    <message>
        <location filename="../../app/ui/folders/menu.py" line="+37"/>
        <source>{path} (open now)</source>
        <translation>{path} (abierta ahora)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No other data folder opened yet</source>
        <translation>Todavía no se abrió otra carpeta de datos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Clear this list</source>
        <translation>&amp;Borrar esta lista</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../app/ui/forms/base.py" line="+128"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Why? Open the guide about: {section}</source>
        <translation>¿Por qué? Abrir la guía sobre: {section}</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>This form shows what you typed before, which was not saved yet. Press Save to keep it as a record, or Cancel to throw it away.</source>
        <translation>Este formulario muestra lo que usted escribió antes y que todavía no se guardó. Pulse Guardar para conservarlo como registro, o Cancelar para descartarlo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What you type cannot be kept safe right now: {reason} Press Save as soon as you can.</source>
        <translation>Lo que escribe no se puede conservar en este momento: {reason} Pulse Guardar en cuanto pueda.</translation>
    </message>
    <message>
        <location line="-296"/>
        <source>Close without saving?</source>
        <translation>¿Cerrar sin guardar?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you typed in this form has not been saved. Close it anyway and lose what you typed?</source>
        <translation>Lo que escribió en este formulario no se ha guardado. ¿Cerrarlo de todos modos y perder lo que escribió?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close without saving</source>
        <translation>Cerrar sin guardar</translation>
    </message>
    <message>
        <location line="+397"/>
        <source>Nothing was saved yet: please correct what is marked in red, then press Save again.</source>
        <translation>Todavía no se guardó nada: corrija lo que está marcado en rojo y vuelva a pulsar Guardar.</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <location filename="../../app/ui/recovery.py" line="+69"/>
        <source>You were writing something</source>
        <translation>Estaba escribiendo algo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{what} (case {case}, last typed {when})</source>
        <translation>{what} (caso {case}, escrito por última vez el {when})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{what} (last typed {when})</source>
        <translation>{what} (escrito por última vez el {when})</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>Cannot open it again</source>
        <translation>No se puede volver a abrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you typed could not be opened again: the case or record it belonged to is no longer here. These are the words you typed, to copy:</source>
        <translation>Lo que escribió no se pudo volver a abrir: el caso o el registro al que pertenecía ya no está aquí. Estas son las palabras que escribió, para que las copie:</translation>
    </message>
    <message>
        <location line="+94"/>
        <location line="+1"/>
        <source>You were starting your case</source>
        <translation>Estaba empezando su caso</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You were starting a new case</source>
        <translation>Estaba empezando un caso nuevo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You were changing the case details</source>
        <translation>Estaba cambiando los datos del caso</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You were adding a lawyer</source>
        <translation>Estaba agregando un abogado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You were changing a lawyer&apos;s details</source>
        <translation>Estaba cambiando los datos de un abogado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You were adding a request in dispute</source>
        <translation>Estaba agregando una solicitud en disputa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You were changing a request in dispute</source>
        <translation>Estaba cambiando una solicitud en disputa</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You were logging a letter or call</source>
        <translation>Estaba anotando una carta o llamada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You were changing a letter or call</source>
        <translation>Estaba cambiando una carta o llamada</translation>
    </message>
    <message>
        <location filename="../../app/ui/letters/reopening.py" line="+69"/>
        <source>You were writing a letter</source>
        <translation>Estaba escribiendo una carta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You were logging a letter as mailed</source>
        <translation>Estaba anotando una carta como enviada por correo</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../app/ui/recovery.py" line="-226"/>
        <source>Unsaved work</source>
        <translation>Trabajo sin guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The program closed unexpectedly</source>
        <translation>El programa se cerró de forma inesperada</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>&amp;Keep it</source>
        <translation>&amp;Conservarlo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep it</source>
        <translation>Conservarlo</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+43"/>
        <source>Throw it away</source>
        <translation>Descartarlo</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>&amp;Decide later</source>
        <translation>&amp;Decidir después</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The program closed unexpectedly the last time it was used.</source>
        <translation>El programa se cerró de forma inesperada la última vez que se usó.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The details were saved for the staff in this file: {path}</source>
        <translation>Los detalles se guardaron para el personal en este archivo: {path}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What you typed and had not saved yet is still here. Keep each one to finish it, or throw it away:</source>
        <translation>Lo que escribió y todavía no había guardado sigue aquí. Conserve cada cosa para terminarla, o descártela:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You had not finished these, and had not saved them yet. Keep each one to finish it, or throw it away:</source>
        <translation>No había terminado esto, y todavía no lo había guardado. Conserve cada cosa para terminarla, o descártela:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everything you saved is safe.</source>
        <translation>Todo lo que guardó está a salvo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Throw it away?</source>
        <translation>¿Descartarlo?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Throw away what you typed? It cannot be brought back.</source>
        <translation>¿Descartar lo que escribió? No se podrá recuperar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not thrown away</source>
        <translation>No se descartó</translation>
    </message>
</context>
<context>
    <name>RemoveDialog</name>
    <message>
        <location filename="../../app/ui/lock_setup/dialogs.py" line="+151"/>
        <source>Remove the passphrase</source>
        <translation>Quitar la frase de contraseña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove the lock</source>
        <translation>&amp;Quitar el bloqueo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Without the lock, anyone who uses this computer or copies this data folder can read your cases: the program opens them without asking for anything.</source>
        <translation>Sin el bloqueo, cualquiera que use esta computadora o copie esta carpeta de datos puede leer sus casos: el programa los abre sin pedir nada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>To remove the lock, type the passphrase this data folder has now.</source>
        <translation>Para quitar el bloqueo, escriba la frase de contraseña que tiene ahora esta carpeta de datos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Present passphrase:</source>
        <translation>Frase de contraseña &amp;actual:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The lock is removed: this data folder opens without a passphrase.</source>
        <translation>Se quitó el bloqueo: esta carpeta de datos se abre sin frase de contraseña.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Removing the lock. Please wait, and do not close the program.</source>
        <translation>Quitando el bloqueo. Espere, por favor, y no cierre el programa.</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <location filename="../../app/ui/wizard.py" line="-91"/>
        <source>The requests in dispute</source>
        <translation>Las solicitudes en disputa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look at your own requests and their answer: each request has a number, and the set number is in the title (“First Set of Requests for Production” is set 1). Add each request whose answer is wrong or missing. You can add more later.</source>
        <translation>Mire sus propias solicitudes y la respuesta: cada solicitud tiene un número, y el número de serie está en el título («First Set of Requests for Production» es la serie 1). Añada cada solicitud cuya respuesta está mal o falta. Puede añadir más después.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Kind of request</source>
        <translation>&amp;Tipo de solicitud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 1</source>
        <translation>p. ej. 1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>S&amp;et number</source>
        <translation>Número de s&amp;erie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 3</source>
        <translation>p. ej. 3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request n&amp;umber in the set</source>
        <translation>&amp;Número de la solicitud en la serie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Day you served it</source>
        <translation>&amp;Día en que la notificó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For mail: the day you gave it to prison staff.</source>
        <translation>Por correo: el día en que la entregó al personal de la prisión.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add this re&amp;quest</source>
        <translation>Añadir esta solicit&amp;ud</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Requests to save &amp;with the case:</source>
        <translation>Solicitudes para guardar &amp;con el caso:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Requests to save with the case</source>
        <translation>Solicitudes para guardar con el caso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove the chosen request</source>
        <translation>&amp;Quitar la solicitud elegida</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Write the request&apos;s number in the set first.</source>
        <translation>Escriba primero el número de la solicitud en la serie.</translation>
    </message>
</context>
<context>
    <name>Safety</name>
    <message>
        <location filename="../../app/store/backup.py" line="+366"/>
        <source>This data folder is locked with a passphrase, so its backups are protected with it too; no passphrase was given. Nothing was written.</source>
        <translation>Esta carpeta de datos está bloqueada con una frase de contraseña, así que sus copias de seguridad también se protegen con ella; no se dio ninguna frase de contraseña. No se guardó nada.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The backup {path} was made by a newer version of Meet-and-Confer Log. Nothing was changed. Ask the staff to install the newer version.</source>
        <translation>La copia de seguridad {path} la hizo una versión más nueva de Meet-and-Confer Log. No se cambió nada. Pida al personal que instale la versión más nueva.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The file {path} is damaged or is not a Meet-and-Confer Log backup. Nothing was changed.</source>
        <translation>El archivo {path} está dañado o no es una copia de seguridad de Meet-and-Confer Log. No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../app/store/errors.py" line="+141"/>
        <source>The data file {path} is damaged, so the program will not use it. It was not changed. You can put back a backup.</source>
        <translation>El archivo de datos {path} está dañado, así que el programa no lo usará. No se cambió. Puede restaurar una copia de seguridad.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The file {path} is not a Meet-and-Confer Log data file, or its beginning is damaged. It was not changed. You can put back a backup.</source>
        <translation>El archivo {path} no es un archivo de datos de Meet-and-Confer Log, o su comienzo está dañado. No se cambió. Puede restaurar una copia de seguridad.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This data folder is locked with a passphrase ({path}): it opens only with its passphrase. It was not changed.</source>
        <translation>Esta carpeta de datos está bloqueada con una frase de contraseña ({path}): solo se abre con su frase de contraseña. No se cambió.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The data file {path} was written by a newer version of Meet-and-Confer Log. It was not changed. Ask the staff to install the newer version.</source>
        <translation>El archivo de datos {path} lo escribió una versión más nueva de Meet-and-Confer Log. No se cambió. Pida al personal que instale la versión más nueva.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The data file {path} could not be opened ({reason}). Nothing was changed. Check that the USB stick is in, that the folder can be written, and that no other program is using the file.</source>
        <translation>No se pudo abrir el archivo de datos {path} ({reason}). No se cambió nada. Revise que la memoria USB esté conectada, que se pueda escribir en la carpeta y que ningún otro programa esté usando el archivo.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The data file {path} is empty (0 bytes): a copy or a save did not finish. The program will not use it, and it was not changed. You can put back a backup.</source>
        <translation>El archivo de datos {path} está vacío (0 bytes): una copia o un guardado no terminó. El programa no lo usará y no se cambió. Puede restaurar una copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../../app/store/lock.py" line="+36"/>
        <source>Another copy of Meet-and-Confer Log is already using the data in {folder}. Close it first (it may be open in another window or for another user), then try again. Nothing was changed.</source>
        <translation>Otra copia de Meet-and-Confer Log ya está usando los datos de {folder}. Ciérrela primero (puede estar abierta en otra ventana o para otro usuario) y vuelva a intentarlo. No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../app/store/sealed.py" line="+65"/>
        <source>The passphrase is empty. Type a passphrase to protect the backup.</source>
        <translation>La frase de contraseña está vacía. Escriba una frase de contraseña para proteger la copia de seguridad.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>The backup {path} is not protected with a passphrase, yet a passphrase was given. Nothing was changed. If this is the backup you meant, use it without a passphrase.</source>
        <translation>La copia de seguridad {path} no está protegida con una frase de contraseña, pero se dio una. No se cambió nada. Si es la copia que quería, úsela sin frase de contraseña.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The passphrase does not open this backup, or the backup file has been changed or damaged. Nothing was changed. Check the passphrase and try again.</source>
        <translation>La frase de contraseña no abre esta copia de seguridad, o el archivo de la copia fue cambiado o está dañado. No se cambió nada. Revise la frase de contraseña y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This backup is protected with a passphrase. Type the passphrase to use it.</source>
        <translation>Esta copia de seguridad está protegida con una frase de contraseña. Escriba la frase de contraseña para usarla.</translation>
    </message>
    <message>
        <location filename="../../app/store/trash.py" line="+102"/>
        <source>There is no earlier version to put back here.</source>
        <translation>Aquí no hay ninguna versión anterior que restaurar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This record has been removed. Put it back from the trash first.</source>
        <translation>Este registro se eliminó. Primero restáurelo desde la papelera.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The earlier version uses a name or id that another record has now. Change that record first.</source>
        <translation>La versión anterior usa un nombre o identificador que ahora tiene otro registro. Primero cambie ese registro.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>This is no longer in the trash.</source>
        <translation>Esto ya no está en la papelera.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The case this belonged to has been removed. Put the case back first (Removed cases).</source>
        <translation>El caso al que pertenecía esto se eliminó. Primero restaure el caso (Casos eliminados).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This cannot be put back: what it belonged to is no longer here.</source>
        <translation>Esto no se puede restaurar: aquello a lo que pertenecía ya no está aquí.</translation>
    </message>
    <message>
        <location line="+207"/>
        <source>This letter dealt with a request that has since been removed. Put the request back from the trash first.</source>
        <translation>Esta carta trató una solicitud que después se eliminó. Primero restaure la solicitud desde la papelera.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>A case numbered {number} is already here, so the removed one cannot be put back beside it.</source>
        <translation>Ya hay aquí un caso con el número {number}, así que no se puede restaurar el eliminado junto a él.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This letter names a lawyer who has since been removed. Put the lawyer back from the trash first.</source>
        <translation>Esta carta nombra a un abogado que después se eliminó. Primero restaure al abogado desde la papelera.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The earlier version dealt with a request that has since been removed. Put the request back from the trash first.</source>
        <translation>La versión anterior trató una solicitud que después se eliminó. Primero restaure la solicitud desde la papelera.</translation>
    </message>
    <message>
        <location filename="../../app/services/safety.py" line="+189"/>
        <source>There is no data to back up in {folder} yet.</source>
        <translation>Todavía no hay datos que copiar en {folder}.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Data folder: {folder}</source>
        <translation>Carpeta de datos: {folder}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Everything checked is in good order.</source>
        <translation>Todo lo revisado está en orden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A problem was found; see above.</source>
        <translation>Se encontró un problema; vea arriba.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The data folder {folder} cannot be used ({reason}). Check the folder given with --data-dir, and that the USB stick is in.</source>
        <translation>No se puede usar la carpeta de datos {folder} ({reason}). Revise la carpeta indicada con --data-dir y que la memoria USB esté puesta.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The data file is locked with a passphrase, which opens it: {path}</source>
        <translation>El archivo de datos está bloqueado con una frase de contraseña, y esta lo abre: {path}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The newest good backup is {path}, from {when}.</source>
        <translation>La copia de seguridad buena más reciente es {path}, del {when}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There is no saved data here yet: {path}</source>
        <translation>Todavía no hay datos guardados aquí: {path}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The data file is in good order: {path}</source>
        <translation>El archivo de datos está en orden: {path}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The data is in this program&apos;s current format (version {version}).</source>
        <translation>Los datos están en el formato actual del programa (versión {version}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The data is in an older format (version {version}); the program will update it the next time it opens it, after making a backup.</source>
        <translation>Los datos están en un formato más antiguo (versión {version}); el programa lo actualizará la próxima vez que los abra, después de hacer una copia de seguridad.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Backups cannot be made: {folder} is a file, not a folder. Move that file away.</source>
        <translation>No se pueden hacer copias de seguridad: {folder} es un archivo, no una carpeta. Mueva ese archivo a otro lugar.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>There are no backups in {folder} yet. The program makes one each day it opens the data; `meetconfer backup -o FILE` makes one now.</source>
        <translation>Todavía no hay copias de seguridad en {folder}. El programa hace una cada día que abre los datos; `meetconfer backup -o FILE` hace una ahora.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Backups: {count} in {folder}; the newest is from {when} ({days} days ago).</source>
        <translation>Copias de seguridad: {count} en {folder}; la más reciente es del {when} (hace {days} días).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Backups protected with a passphrase: {sealed} of {count} (a locked folder&apos;s backups are protected with its passphrase).</source>
        <translation>Copias de seguridad protegidas con una frase de contraseña: {sealed} de {count} (las copias de una carpeta bloqueada se protegen con su frase de contraseña).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The newest backup is protected with a passphrase, so it was not checked; give the data folder&apos;s passphrase with --passphrase-file to check it.</source>
        <translation>La copia de seguridad más reciente está protegida con una frase de contraseña, así que no se revisó; indique la frase de contraseña de la carpeta de datos con --passphrase-file para revisarla.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The newest backup, {path}, does not open with the data folder&apos;s passphrase, or it has been changed or damaged.</source>
        <translation>La copia de seguridad más reciente, {path}, no se abre con la frase de contraseña de la carpeta de datos, o ha sido cambiada o está dañada.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The newest backup, {path}, cannot be used ({reason}).</source>
        <translation>La copia de seguridad más reciente, {path}, no se puede usar ({reason}).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Another copy of the program is using this folder now (process {pid}).</source>
        <translation>Otra copia del programa está usando esta carpeta ahora (proceso {pid}).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No other copy of the program is using this folder.</source>
        <translation>Ninguna otra copia del programa está usando esta carpeta.</translation>
    </message>
</context>
<context>
    <name>SafetyMenu</name>
    <message>
        <location filename="../../app/ui/safety/__init__.py" line="+47"/>
        <source>&amp;Backups and trash</source>
        <translation>Copias y &amp;papelera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Make a backup…</source>
        <translation>&amp;Hacer una copia de seguridad…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Backups…</source>
        <translation>&amp;Copias de seguridad…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Trash of this case…</source>
        <translation>&amp;Papelera de este caso…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;History of this case&apos;s details…</source>
        <translation>Histo&amp;rial de los datos de este caso…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Removed cases…</source>
        <translation>Casos &amp;eliminados…</translation>
    </message>
</context>
<context>
    <name>SafetyWords</name>
    <message>
        <location filename="../../app/ui/safety/words.py" line="+35"/>
        <source>Case number</source>
        <translation>Número de caso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Court</source>
        <translation>Tribunal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>District</source>
        <translation>Distrito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Division</source>
        <translation>División</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short title</source>
        <translation>Título corto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plaintiffs</source>
        <translation>Demandantes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Defendants</source>
        <translation>Demandados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Judge</source>
        <translation>Juez</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Court rules</source>
        <translation>Reglas del tribunal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes to the court rules</source>
        <translation>Cambios a las reglas del tribunal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You are the</source>
        <translation>Usted es el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your prisoner number</source>
        <translation>Su número de recluso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your prison</source>
        <translation>Su prisión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your address</source>
        <translation>Su dirección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your phone</source>
        <translation>Su teléfono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your email</source>
        <translation>Su correo electrónico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Represents</source>
        <translation>Representa a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of request</source>
        <translation>Tipo de solicitud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set number</source>
        <translation>Número de serie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the request</source>
        <translation>Nombre de la solicitud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Served on</source>
        <translation>Notificada a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day served</source>
        <translation>Día de la notificación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How it was served</source>
        <translation>Cómo se notificó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day the answer came</source>
        <translation>Día en que llegó la respuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is wrong with the answer</source>
        <translation>Qué está mal en la respuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Words of the request</source>
        <translation>Texto de la solicitud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Words of the answer</source>
        <translation>Texto de la respuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who sent it</source>
        <translation>Quién la envió</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How</source>
        <translation>Cómo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day sent</source>
        <translation>Día de envío</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The day is approximate</source>
        <translation>El día es aproximado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day received</source>
        <translation>Día de recibo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What it said</source>
        <translation>Qué decía</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Explains what is wrong</source>
        <translation>Explica qué está mal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offers a way to settle it</source>
        <translation>Ofrece una forma de resolverlo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asks to talk</source>
        <translation>Pide hablar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Says you cannot agree</source>
        <translation>Dice que no pueden ponerse de acuerdo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer asked for by</source>
        <translation>Respuesta pedida para el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mail log number</source>
        <translation>Número del registro de correo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What would settle it</source>
        <translation>Qué lo resolvería</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Common problems picked</source>
        <translation>Problemas comunes marcados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of letter mailed</source>
        <translation>Tipo de carta enviada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text of the letter mailed</source>
        <translation>Texto de la carta enviada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day the court&apos;s own step was done</source>
        <translation>Día en que se hizo el paso propio del tribunal</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Added</source>
        <translation>Agregado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed</source>
        <translation>Cambiado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+17"/>
        <location line="+26"/>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Lawyer: {name}</source>
        <translation>Abogado: {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Request: {label}</source>
        <translation>Solicitud: {label}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Letter or call of {day}: {summary}</source>
        <translation>Carta o llamada del {day}: {summary}</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <location filename="../../app/store/errors.py" line="-167"/>
        <source>A case numbered {number} is already here.</source>
        <translation>Ya hay aquí un caso con el número {number}.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>A letter that was logged as mailed cannot be changed; delete the entry (it goes to the trash) and log it again.</source>
        <translation>Una carta anotada como enviada por correo no se puede cambiar; borre la entrada (va a la papelera) y anótela de nuevo.</translation>
    </message>
    <message>
        <location filename="../../app/store/case_reading.py" line="+42"/>
        <source>That case is no longer here (it may have been deleted).</source>
        <translation>Ese caso ya no está aquí (puede que se haya eliminado).</translation>
    </message>
    <message>
        <location filename="../../app/store/repository.py" line="+299"/>
        <source>This lawyer is named in {count} letters or calls; change those first.</source>
        <translation>Este abogado aparece en {count} cartas o llamadas; primero cambie esas.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>{count} letters or calls deal with this request; change those first.</source>
        <translation>{count} cartas o llamadas tratan esta solicitud; primero cambie esas.</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>That record is no longer here (it may have been deleted).</source>
        <translation>Ese registro ya no está aquí (puede que se haya eliminado).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>There is no record &apos;{key}&apos; in this case.</source>
        <translation>En este caso no hay ningún registro &apos;{key}&apos;.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The id &apos;{key}&apos; is already used in this case.</source>
        <translation>El identificador &apos;{key}&apos; ya se usa en este caso.</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <location filename="../../app/ui/safety/trash_dialog.py" line="+38"/>
        <source>Trash</source>
        <translation>Papelera</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Removed cases</source>
        <translation>Casos eliminados</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Removed, newest first</source>
        <translation>Eliminados, los más recientes primero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Put back</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Empty the trash…</source>
        <translation>&amp;Vaciar la papelera…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The trash is empty.</source>
        <translation>La papelera está vacía.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose what to put back.</source>
        <translation>Elija qué restaurar.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot put it back</source>
        <translation>No se puede restaurar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Empty the trash</source>
        <translation>Vaciar la papelera</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove these {count} items for good? They cannot be put back after this.</source>
        <translation>¿Eliminar para siempre estos {count} elementos? Después no se podrán restaurar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove for good</source>
        <translation>Eliminar para siempre</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot empty the trash</source>
        <translation>No se puede vaciar la papelera</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <location filename="../../app/ui/privacy/unlock_screen.py" line="+79"/>
        <source>Locked — {app}</source>
        <translation>Bloqueado — {app}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Show the passphrase as I type it</source>
        <translation>&amp;Mostrar la frase de contraseña mientras la escribo</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open another data &amp;folder…</source>
        <translation>Abrir otra &amp;carpeta de datos…</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>This data folder is locked</source>
        <translation>Esta carpeta de datos está bloqueada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The program is locked</source>
        <translation>El programa está bloqueado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What you were typing was kept: it comes back when you open the folder again.</source>
        <translation>Lo que estaba escribiendo se guardó: volverá a aparecer cuando abra otra vez la carpeta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type its passphrase to open it.</source>
        <translation>Escriba su frase de contraseña para abrirla.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It was locked because nobody used it for a minute.</source>
        <translation>Se bloqueó porque nadie lo usó durante un minuto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It was locked because nobody used it for {minutes} minutes.</source>
        <translation>Se bloqueó porque nadie lo usó durante {minutes} minutos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Type the passphrase to open it.</source>
        <translation>Escriba la frase de contraseña para abrirlo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Data folder: {path}</source>
        <translation>Carpeta de datos: {path}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Type the passphrase first, then press Open.</source>
        <translation>Escriba primero la frase de contraseña y luego pulse Abrir.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>That passphrase does not open this data folder. Nothing was changed. Type it again: capital letters and accents count.</source>
        <translation>Esa frase de contraseña no abre esta carpeta de datos. No se cambió nada. Escríbala otra vez: las mayúsculas y los acentos cuentan.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The data folder could not be opened: {reason} If it is on a USB stick, check that the stick is plugged in, then press Open again.</source>
        <translation>No se pudo abrir la carpeta de datos: {reason} Si está en una memoria USB, revise que la memoria esté conectada y vuelva a pulsar Abrir.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../../app/domain/validation.py" line="+89"/>
        <source>“{text}” is not a day written as YYYY-MM-DD (for example 2007-08-28).</source>
        <translation>“{text}” no es un día escrito como AAAA-MM-DD (por ejemplo 2007-08-28).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{text} is not a real day.</source>
        <translation>{text} no es un día que exista.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“{text}” is not a time written as HH:MM (for example 14:30).</source>
        <translation>“{text}” no es una hora escrita como HH:MM (por ejemplo 14:30).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{text} is not a time of day: hours go from 00 to 23 and minutes from 00 to 59.</source>
        <translation>{text} no es una hora del día: las horas van de 00 a 23 y los minutos de 00 a 59.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>This must not be left empty.</source>
        <translation>Esto no puede quedar vacío.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give at least one name.</source>
        <translation>Escriba al menos un nombre.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This must be 1 or more (it is {value}).</source>
        <translation>Debe ser 1 o más (es {value}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This number is too large ({value}).</source>
        <translation>Este número es demasiado grande ({value}).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This is too long: {length} characters, where at most {limit} fit here.</source>
        <translation>Esto es demasiado largo: {length} caracteres, y aquí caben como máximo {limit}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This list has {count} items, where at most {limit} fit here.</source>
        <translation>Esta lista tiene {count} elementos, y aquí caben como máximo {limit}.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The day it was sent or happened ({day}) is after today ({today}).</source>
        <translation>El día en que se envió u ocurrió ({day}) es posterior a hoy ({today}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The day it arrived ({day}) is after today ({today}).</source>
        <translation>El día en que llegó ({day}) es posterior a hoy ({today}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The day the request was served ({day}) is after today ({today}).</source>
        <translation>El día en que se notificó la solicitud ({day}) es posterior a hoy ({today}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The day their answer arrived ({day}) is after today ({today}).</source>
        <translation>El día en que llegó su respuesta ({day}) es posterior a hoy ({today}).</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Lawyer number {first} in this list already has the id “{id}” (each lawyer needs an id of their own).</source>
        <translation>El abogado número {first} de esta lista ya tiene el identificador “{id}” (cada abogado necesita su propio identificador).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Request number {first} in this list already has the id “{id}” (each request needs an id of its own).</source>
        <translation>La solicitud número {first} de esta lista ya tiene el identificador “{id}” (cada solicitud necesita su propio identificador).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Letter or call number {first} in this list already has the id “{id}” (each one needs an id of its own).</source>
        <translation>La carta o llamada número {first} de esta lista ya tiene el identificador “{id}” (cada una necesita su propio identificador).</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The reason “{id}” is listed twice.</source>
        <translation>El motivo “{id}” aparece dos veces.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“{id}” is not one of the program’s reasons. Known reasons: {known}.</source>
        <translation>“{id}” no es uno de los motivos del programa. Motivos conocidos: {known}.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>There is no lawyer with the id “{id}” in this case.</source>
        <translation>En este caso no hay ningún abogado con el identificador “{id}”.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>A letter&apos;s text can only be kept with an outgoing letter (one you sent by mail).</source>
        <translation>El texto de una carta solo se puede guardar con una carta enviada (una que usted mandó por correo).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The day it arrived ({received}) is before the day on the letter ({sent}).</source>
        <translation>El día en que llegó ({received}) es anterior a la fecha de la carta ({sent}).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Give the time as hours and minutes only ({time}).</source>
        <translation>Escriba la hora solo con horas y minutos ({time}).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The request “{id}” is listed twice.</source>
        <translation>La solicitud “{id}” aparece dos veces.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is no request in dispute with the id “{id}” in this case.</source>
        <translation>En este caso no hay ninguna solicitud en disputa con el identificador “{id}”.</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>This text holds a control character ({codes}), which cannot be printed. Remove it.</source>
        <translation>Este texto contiene un carácter de control ({codes}), que no se puede imprimir. Quítelo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This must be one line of printable text; it holds a control character or a line break ({codes}). Remove it.</source>
        <translation>Esto debe ser una sola línea de texto imprimible; contiene un carácter de control o un salto de línea ({codes}). Quítelo.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../app/ui/welcome.py" line="+30"/>
        <source>Meet-and-Confer Log</source>
        <translation>Meet-and-Confer Log</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep a record of your letters and calls with the other side&apos;s lawyer about discovery, and see whether that record is ready before you file a motion to compel. Everything you type is saved at once.</source>
        <translation>Lleve un registro de sus cartas y llamadas con el abogado de la parte contraria sobre el descubrimiento de pruebas (discovery), y vea si ese registro está listo antes de presentar una moción para obligar (motion to compel). Todo lo que escribe se guarda al instante.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start &amp;my case</source>
        <translation>Empezar &amp;mi caso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the &amp;sample case</source>
        <translation>Abrir el caso de &amp;ejemplo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import a case file…</source>
        <translation>&amp;Importar un archivo de caso…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The sample case is made up. Use it to try the program.</source>
        <translation>El caso de ejemplo es inventado. Úselo para probar el programa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Your cases (press Enter to open one):</source>
        <translation>&amp;Sus casos (pulse Intro para abrir uno):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your cases</source>
        <translation>Sus casos</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Other people use this computer? Lock this data folder with a passphrase, so nobody else can read your cases.</source>
        <translation>¿Otras personas usan esta computadora? Bloquee esta carpeta de datos con una frase de contraseña, para que nadie más pueda leer sus casos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Lock this data folder with a passphrase…</source>
        <translation>&amp;Bloquear esta carpeta de datos con una frase de contraseña…</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <location filename="../../app/ui/words.py" line="+24"/>
        <source>Request for production (documents)</source>
        <translation>Solicitud de presentación de documentos (request for production)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Interrogatory (written question)</source>
        <translation>Interrogatorio (preguntas por escrito)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Request for admission</source>
        <translation>Solicitud de admisión de hechos (request for admission)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deposition</source>
        <translation>Deposición (deposition)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something else</source>
        <translation>Otra cosa</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Still in dispute</source>
        <translation>Todavía en disputa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Narrowed (partly settled)</source>
        <translation>Reducida (en parte resuelta)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved</source>
        <translation>Resuelta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn (dropped)</source>
        <translation>Retirada (abandonada)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>By mail</source>
        <translation>Por correo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By hand</source>
        <translation>Entregada en mano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Electronically</source>
        <translation>Por medios electrónicos</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>I called them or asked for it</source>
        <translation>Yo llamé o la pedí</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>They called me or asked for it</source>
        <translation>Ellos llamaron o la pidieron</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I sent it to them</source>
        <translation>Yo se la envié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>They sent it to me</source>
        <translation>Ellos me la enviaron</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone call</source>
        <translation>Llamada telefónica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Video call</source>
        <translation>Videollamada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting in person</source>
        <translation>Reunión en persona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Plaintiff</source>
        <translation>Demandante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Defendant</source>
        <translation>Demandado</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>First letter about the requests</source>
        <translation>Primera carta sobre las solicitudes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up letter</source>
        <translation>Carta de seguimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter asking for a phone call</source>
        <translation>Carta que pide una llamada telefónica</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Letter confirming a call or meeting</source>
        <translation>Carta que confirma una llamada o reunión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Letter saying what is still unresolved</source>
        <translation>Carta que dice lo que sigue sin resolver</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>From me</source>
        <translation>De mí</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From them</source>
        <translation>De ellos</translation>
    </message>
</context>
<context>
    <name>YouPage</name>
    <message>
        <location filename="../../app/ui/wizard.py" line="-106"/>
        <source>About you</source>
        <translation>Sus datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write your name as the court has it: it is on the first page of your complaint, at the top left. Your prisoner number and address are the ones on your mail.</source>
        <translation>Escriba su nombre como lo tiene el tribunal: está en la primera página de su demanda, arriba a la izquierda. Su número de preso y su dirección son los de su correo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your full na&amp;me</source>
        <translation>Su nombre &amp;completo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You &amp;are the</source>
        <translation>Usted &amp;es el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prisoner n&amp;umber</source>
        <translation>Número de &amp;recluso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Institution</source>
        <translation>&amp;Institución</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The prison or jail where you are held.</source>
        <translation>La prisión o cárcel donde usted está detenido.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mailing add&amp;ress (one line each)</source>
        <translation>Dirección &amp;postal (una línea por renglón)</translation>
    </message>
</context>
<context>
    <name>_PassphraseDialog</name>
    <message>
        <location filename="../../app/ui/lock_setup/dialogs.py" line="-133"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>assessment</name>
    <message>
        <location filename="../../app/services/assessment.py" line="+73"/>
        <source>Their answer to {label} is due.</source>
        <translation>Vence el plazo de su respuesta a {label}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Their time to reply about {label} ends.</source>
        <translation>Termina su plazo para contestar sobre {label}.</translation>
    </message>
</context>
<context>
    <name>cli-check</name>
    <message>
        <location filename="../../app/cli/check.py" line="+47"/>
        <source>No case numbered &apos;{number}&apos; is in this data folder ({folder}). &apos;meetconfer list&apos; shows the cases here.</source>
        <translation>En esta carpeta de datos ({folder}) no hay ningún caso con el número &apos;{number}&apos;. &apos;meetconfer list&apos; muestra los casos que hay aquí.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>[ok]     </source>
        <translation>[bien]   </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>[MISSING]</source>
        <translation>[FALTA]  </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>[note]   </source>
        <translation>[nota]   </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>[n/a]    </source>
        <translation>[no apl.]</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(Source: {source})</source>
        <translation>(Fuente: {source})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Marked {status}: not checked.</source>
        <translation>Marcada como {status}: no se revisa.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CONFERRING DOCUMENTED: the log documents what these checks look for. Next: the court&apos;s own step, {step}; mark it done in the program once it is done.</source>
        <translation>CONSULTA DOCUMENTADA: el registro documenta lo que buscan estas comprobaciones. Siguiente paso: el paso propio del tribunal, {step}; márquelo como hecho en el programa cuando esté hecho.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>READY TO FILE: the log documents what these checks look for.</source>
        <translation>LISTA PARA PRESENTAR: el registro documenta lo que buscan estas revisiones.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NOT YET: something the checks look for is missing.</source>
        <translation>TODAVÍA NO: falta algo de lo que buscan las revisiones.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Case {number}, checked as of {day}.</source>
        <translation>Caso {number}, revisado a fecha de {day}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No request is open or narrowed, so there is nothing to file.</source>
        <translation>Ninguna solicitud está abierta ni reducida, así que no hay nada que presentar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Overall: CONFERRING DOCUMENTED. Next: {step}.</source>
        <translation>En total: CONSULTA DOCUMENTADA. Siguiente paso: {step}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Overall: READY TO FILE.</source>
        <translation>En conjunto: LISTA PARA PRESENTAR.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overall: NOT YET.</source>
        <translation>En conjunto: TODAVÍA NO.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is a checklist of what your log documents, not legal advice.</source>
        <translation>Esta es una lista de lo que documenta su registro, no asesoría legal.</translation>
    </message>
</context>
<context>
    <name>profiles</name>
    <message>
        <location filename="../../app/domain/profiles.py" line="+154"/>
        <source>Court profile {file}: &apos;{key}&apos; must be a whole number (it is {value}).</source>
        <translation>Perfil del tribunal {file}: &apos;{key}&apos; debe ser un número entero (es {value}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Court profile {file}: &apos;{key}&apos; must be at least {smallest} (it is {value}).</source>
        <translation>Perfil del tribunal {file}: &apos;{key}&apos; debe ser al menos {smallest} (es {value}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Court profile {file}: &apos;{key}&apos; must be at most {largest} (it is {value}).</source>
        <translation>Perfil del tribunal {file}: &apos;{key}&apos; debe ser como máximo {largest} (es {value}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Court profile {file}: &apos;{key}&apos; must be true or false (it is {value}).</source>
        <translation>Perfil del tribunal {file}: &apos;{key}&apos; debe ser true o false (verdadero o falso) (es {value}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Court profile {file}: &apos;{key}&apos; must be one of {choices} (it is {value}).</source>
        <translation>Perfil del tribunal {file}: &apos;{key}&apos; debe ser uno de estos: {choices} (es {value}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Court rule setting &apos;{key}&apos; for this case must be a whole number (it is {value}).</source>
        <translation>El ajuste de regla del tribunal &apos;{key}&apos; para este caso debe ser un número entero (es {value}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Court rule setting &apos;{key}&apos; for this case must be at least {smallest} (it is {value}).</source>
        <translation>El ajuste de regla del tribunal &apos;{key}&apos; para este caso debe ser al menos {smallest} (es {value}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Court rule setting &apos;{key}&apos; for this case must be at most {largest} (it is {value}).</source>
        <translation>El ajuste de regla del tribunal &apos;{key}&apos; para este caso debe ser como máximo {largest} (es {value}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Court rule setting &apos;{key}&apos; for this case must be true or false (it is {value}).</source>
        <translation>El ajuste de regla del tribunal &apos;{key}&apos; para este caso debe ser true o false (verdadero o falso) (es {value}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Court rule setting &apos;{key}&apos; for this case must be one of {choices} (it is {value}).</source>
        <translation>El ajuste de regla del tribunal &apos;{key}&apos; para este caso debe ser uno de estos: {choices} (es {value}).</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Court profile {file}: &apos;{key}&apos; {reason}.</source>
        <translation>Perfil del tribunal {file}: &apos;{key}&apos; {reason}.</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>There is no court profile named &apos;{profile}&apos;. Known: {known}.</source>
        <translation>No hay ningún perfil de tribunal llamado &apos;{profile}&apos;. Los que hay: {known}.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Court rule setting &apos;{name}&apos; for this case is not one the program knows. Known settings: {known}.</source>
        <translation>El programa no conoce el ajuste de regla del tribunal &apos;{name}&apos; de este caso. Ajustes que conoce: {known}.</translation>
    </message>
</context>
<context>
    <name>reasons</name>
    <message>
        <location filename="../../app/domain/reasons.py" line="+62"/>
        <source>List of reasons {file}: &apos;{key}&apos; {reason}.</source>
        <translation>Lista de motivos {file}: &apos;{key}&apos; {reason}.</translation>
    </message>
</context>
<context>
    <name>rules</name>
    <message>
        <location filename="../../app/domain/rules.py" line="+268"/>
        <source>Their response arrived on {day}.</source>
        <translation>Su respuesta llegó el {day}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The log does not say when you served this request, so the day their answer is due cannot be worked out.</source>
        <translation>El registro no dice cuándo notificó usted esta solicitud, así que no se puede calcular el día en que vence su respuesta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next step: add the day you served the request (for mail, the day you gave it to prison staff).</source>
        <translation>Siguiente paso: anote el día en que notificó la solicitud (si fue por correo, el día en que la entregó al personal de la prisión).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No response is logged, and their time to answer ended on {due}.</source>
        <translation>No hay ninguna respuesta anotada, y su plazo para responder terminó el {due}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Their answer is not due until {due}; a motion before then is too early.</source>
        <translation>Su respuesta no vence hasta el {due}; una moción antes de esa fecha sería demasiado pronto.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next step: wait for their answer until {due} and log it when it comes.</source>
        <translation>Siguiente paso: espere su respuesta hasta el {due} y anótela cuando llegue.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>You raised this request with them on {day}.</source>
        <translation>Usted les planteó esta solicitud el {day}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No letter or call of yours in the log deals with this request.</source>
        <translation>Ninguna carta o llamada suya del registro trata de esta solicitud.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next step: write to their lawyer naming this request by set and number, and log the letter with this request ticked.</source>
        <translation>Siguiente paso: escriba a su abogado nombrando esta solicitud por serie y número, y anote la carta con esta solicitud marcada.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>On {day} you explained what is wrong with their answer.</source>
        <translation>El {day} usted explicó qué está mal en su respuesta.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No letter or call of yours in the log explains what is wrong with their answer to this request.</source>
        <translation>Ninguna carta o llamada suya del registro explica qué está mal en su respuesta a esta solicitud.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next step: write to them saying exactly what is missing or wrong in their answer to this request.</source>
        <translation>Siguiente paso: escríbales diciendo exactamente qué falta o qué está mal en su respuesta a esta solicitud.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>You talked with them about this request on {day}.</source>
        <translation>Usted habló con ellos sobre esta solicitud el {day}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>They answered you about this request (received {day}).</source>
        <translation>Le contestaron sobre esta solicitud (recibido el {day}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No reply is logged, but you wrote about this request on different days: {days} (the rules here look for {needed} when no reply comes).</source>
        <translation>No hay ninguna respuesta anotada, pero usted escribió sobre esta solicitud en días distintos: {days} (las reglas de aquí piden {needed} cuando no llega respuesta).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No reply or call is logged. Days you wrote about this request: {days}; the rules here look for {needed} when no reply comes. A single letter with no reply is rarely enough.</source>
        <translation>No hay ninguna respuesta ni llamada anotada. Días en que escribió sobre esta solicitud: {days}; las reglas de aquí piden {needed} cuando no llega respuesta. Una sola carta sin respuesta rara vez basta.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Next step: write again about this request on another day, or ask them for a phone call.</source>
        <translation>Siguiente paso: vuelva a escribir sobre esta solicitud otro día, o pídales una llamada telefónica.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>You have sent no letter or email about this request, so there is no reply to wait for.</source>
        <translation>Usted no ha enviado ninguna carta ni correo electrónico sobre esta solicitud, así que no hay respuesta que esperar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>After your last letter or email ({sent}), they answered or you talked on {day}.</source>
        <translation>Después de su última carta o correo electrónico ({sent}), le contestaron o hablaron el {day}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Their time to reply to your last letter or email ({sent}) ended on {ends}.</source>
        <translation>Su plazo para contestar a su última carta o correo electrónico ({sent}) terminó el {ends}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>They have not answered your last letter or email ({sent}) yet, and their time to reply has not run out.</source>
        <translation>Todavía no han contestado a su última carta o correo electrónico ({sent}), y su plazo para contestar no ha terminado.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Next step: wait for a reply until {ends}; log it if one comes.</source>
        <translation>Siguiente paso: espere una respuesta hasta el {ends}; anótela si llega.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This court does not ask for a phone or in-person conference.</source>
        <translation>Este tribunal no pide una conferencia por teléfono ni en persona.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You conferred with them by phone, video or in person on {day}.</source>
        <translation>Usted consultó con ellos por teléfono, por video o en persona el {day}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>On {day} you asked them in writing for a conference.</source>
        <translation>El {day} usted les pidió por escrito una conferencia.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This court asks for a phone or in-person conference, or at least a written request for one, and the log shows neither for this request.</source>
        <translation>Este tribunal pide una conferencia por teléfono o en persona, o al menos una petición por escrito para tenerla, y el registro no muestra ninguna de las dos para esta solicitud.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next step: ask them in writing for a phone conference about this request (through the litigation coordinator), and log their answer.</source>
        <translation>Siguiente paso: pídales por escrito una conferencia telefónica sobre esta solicitud (por medio del coordinador de litigios), y anote su respuesta.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Next step: in your next letter, list what is still unresolved and say that you will ask the court to decide it.</source>
        <translation>Siguiente paso: en su próxima carta, enumere lo que sigue sin resolver y diga que pedirá al tribunal que lo decida.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You have not written to them about this request, so no letter says what remains unresolved.</source>
        <translation>Usted no les ha escrito sobre esta solicitud, así que ninguna carta dice qué sigue sin resolver.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your latest message ({day}) says what is still unresolved and that a motion will follow.</source>
        <translation>Su último mensaje ({day}) dice qué sigue sin resolver y que presentará una moción.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your latest message, of {day}, does not say what is still unresolved and that a motion will follow. Courts look for this.</source>
        <translation>Su último mensaje, del {day}, no dice qué sigue sin resolver ni que presentará una moción. Los tribunales buscan esto.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This court asks for a joint discovery letter to the judge before a discovery motion. The program cannot check this step.</source>
        <translation>Este tribunal pide una carta conjunta al juez sobre el descubrimiento de pruebas (joint discovery letter) antes de una moción sobre el descubrimiento. El programa no puede revisar este paso.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This court asks for a joint stipulation that quotes each request and answer in full before a discovery motion. The program cannot check this step.</source>
        <translation>Este tribunal pide una estipulación conjunta (joint stipulation) que cite completa cada solicitud y cada respuesta antes de una moción sobre el descubrimiento. El programa no puede revisar este paso.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This court asks for a joint statement about the discovery disagreement before a discovery motion is heard. The program cannot check this step.</source>
        <translation>Este tribunal pide una declaración conjunta (joint statement) sobre el desacuerdo en el descubrimiento antes de que se vea una moción sobre el descubrimiento. El programa no puede revisar este paso.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This court asks for a joint motion about the discovery dispute instead of a motion by one side. The program cannot check this step.</source>
        <translation>Este tribunal pide una moción conjunta (joint motion) sobre la disputa del descubrimiento en lugar de una moción de una sola parte. El programa no puede revisar este paso.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This court asks for a letter to the judge requesting a pre-motion conference before a discovery motion. The program cannot check this step.</source>
        <translation>Este tribunal pide una carta al juez solicitando una conferencia previa a la moción (pre-motion conference) antes de una moción sobre el descubrimiento. El programa no puede revisar este paso.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This court has no joint step of its own before a discovery motion.</source>
        <translation>Este tribunal no tiene un paso conjunto propio antes de una moción sobre el descubrimiento.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Next step: follow this step as the court&apos;s rules describe it (see {source}).</source>
        <translation>Siguiente paso: siga este paso como lo describen las reglas del tribunal (vea {source}).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This court usually does not require conferring in cases like yours, so this is advice, not a requirement; check your scheduling order.</source>
        <translation>Este tribunal normalmente no exige consultar en casos como el suyo, así que esto es un consejo, no un requisito; revise su orden de calendario (scheduling order).</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>If nothing comes by then, add the day you served the request.</source>
        <translation>Si para entonces no llega nada, agregue el día en que notificó la solicitud.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If nothing comes by then, write to them saying exactly what is missing or wrong in their answer to this request.</source>
        <translation>Si para entonces no llega nada, escríbales diciendo exactamente qué falta o qué está mal en su respuesta a esta solicitud.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If nothing comes by then, write again about this request, or ask them for a phone call.</source>
        <translation>Si para entonces no llega nada, vuelva a escribir sobre esta solicitud, o pídales una llamada telefónica.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If nothing comes by then, ask them in writing for a phone conference about this request (through the litigation coordinator).</source>
        <translation>Si para entonces no llega nada, pídales por escrito una conferencia telefónica sobre esta solicitud (por medio del coordinador de litigios).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If nothing comes by then, wait for their answer to the request until {due}.</source>
        <translation>Si para entonces no llega nada, espere su respuesta a la solicitud hasta el {due}.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{wait} {then}</source>
        <translation>{wait} {then}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Their answer was due</source>
        <translation>Venció el plazo de su respuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You raised this request</source>
        <translation>Usted planteó esta solicitud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You explained what is wrong</source>
        <translation>Usted explicó qué está mal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A reply, a call, or repeated letters</source>
        <translation>Una respuesta, una llamada o varias cartas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You waited for a reply</source>
        <translation>Usted esperó una respuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A call or meeting, or a request for one</source>
        <translation>Una llamada o reunión, o una petición para tenerla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You said what is still unresolved</source>
        <translation>Usted dijo qué sigue sin resolver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The court&apos;s own step</source>
        <translation>El paso propio del tribunal</translation>
    </message>
</context>
</TS>
