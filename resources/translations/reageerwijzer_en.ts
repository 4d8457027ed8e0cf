<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../app/ui/about.py" line="26"/>
        <source>Over Reageerwijzer</source>
        <translation>About Reageerwijzer</translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="32"/>
        <source>Taalmodel: {version}</source>
        <translation>Language model: {version}</translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="37"/>
        <source>Reageerwijzer werkt helemaal op je eigen computer: reacties, antwoorden en de geschiedenis gaan nergens heen.</source>
        <translation>Reageerwijzer works entirely on your own computer: comments, replies and the history go nowhere else.</translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="47"/>
        <source>Het taalmodel is mede getraind met deze openbare gegevens:</source>
        <translation>The language model was trained in part on this public data:</translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="50"/>
        <source>Gegevens</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="57"/>
        <location filename="../../app/ui/about.py" line="58"/>
        <source>Licenties van derden</source>
        <translation>Third-party licences</translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="74"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="75"/>
        <source>&amp;Over Reageerwijzer…</source>
        <translation>&amp;About Reageerwijzer…</translation>
    </message>
</context>
<context>
    <name>CasePracticeView</name>
    <message>
        <location filename="../../app/ui/practice.py" line="98"/>
        <source>Alle niveaus</source>
        <translation>All levels</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice.py" line="101"/>
        <source>Niveau</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice.py" line="103"/>
        <source>Oefencasussen</source>
        <translation>Practice cases</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice.py" line="105"/>
        <source>&amp;Start deze casus</source>
        <translation>&amp;Start this case</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice.py" line="106"/>
        <source>Volgende &amp;nieuwe</source>
        <translation>Next ne&amp;w</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice.py" line="107"/>
        <source>&amp;Willekeurig</source>
        <translation>&amp;Random</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice.py" line="108"/>
        <source>&amp;Fouten herhalen</source>
        <translation>Redo &amp;mistakes</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice.py" line="123"/>
        <source>Oefenen met voorbeeldreacties</source>
        <translation>Practice with example comments</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice.py" line="127"/>
        <source>Kies een casus en loop het schema door zoals bij een echte reactie, maar nu zonder voorstel van de assistent. Na elke vraag hoor je of je goed zat en waarom. Aan het eind schrijf je een antwoord en vergelijk je het met een voorbeeld. Je voortgang wordt per naam bewaard.</source>
        <translation>Choose a case and work through the flowchart as you would for a real comment, but this time without suggestions from the assistant. After each question you&apos;ll find out whether you were right, and why. At the end you write a reply and compare it with a model reply. Your progress is saved per name.</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice.py" line="147"/>
        <source>De reactie van de casus</source>
        <translation>The comment in this case</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice.py" line="163"/>
        <source>Terugkoppeling</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice.py" line="169"/>
        <source>&amp;Controleer</source>
        <translation>&amp;Check</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice.py" line="171"/>
        <source>&amp;Verder →</source>
        <translation>&amp;Next →</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice.py" line="189"/>
        <source>Jouw antwoord</source>
        <translation>Your reply</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice.py" line="190"/>
        <source>Schrijf hier het antwoord dat jij zou plaatsen…</source>
        <translation>Write the reply you would post here…</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice.py" line="192"/>
        <source>&amp;Vergelijk met het voorbeeld</source>
        <translation>Com&amp;pare with the model reply</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice.py" line="193"/>
        <source>Voorbeeldantwoord</source>
        <translation>Model reply</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice.py" line="197"/>
        <source>Zit dit in jouw antwoord? Vink eerlijk aan.</source>
        <translation>Is this in your reply? Be honest when you tick.</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice.py" line="205"/>
        <source>&amp;Afronden</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice.py" line="235"/>
        <source>Volgende &amp;nieuwe casus</source>
        <translation>Ne&amp;xt new case</translation>
    </message>
    <message>
        <location filename="../../app/ui/trainee.py" line="93"/>
        <source>Wie oefent er?</source>
        <translation>Who is practicing?</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice.py" line="278"/>
        <source>{done} van {total} casussen gedaan, {revisit} om te herhalen</source>
        <translation>{done} of {total} cases done, {revisit} to redo</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice.py" line="282"/>
        <source>Vul je naam in om je voortgang te bewaren.</source>
        <translation>Enter your name to save your progress.</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice.py" line="288"/>
        <source>Casus kiezen</source>
        <translation>Choose a case</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice.py" line="288"/>
        <source>Kies eerst een casus in de lijst.</source>
        <translation>First choose a case from the list.</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice.py" line="303"/>
        <source>Alles gedaan</source>
        <translation>All done</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice.py" line="303"/>
        <source>Je hebt alle casussen van dit niveau gedaan!</source>
        <translation>You&apos;ve done all the cases at this level!</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice.py" line="320"/>
        <source>Niets te herhalen</source>
        <translation>Nothing to redo</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice.py" line="320"/>
        <source>Geen casussen met fouten om te herhalen.</source>
        <translation>There are no cases with mistakes to redo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice.py" line="336"/>
        <source>onbekend</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice.py" line="347"/>
        <source>Vraag {n} van {total}</source>
        <translation>Question {n} of {total}</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice.py" line="386"/>
        <source>Goed gekozen.</source>
        <translation>Good choice.</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice.py" line="392"/>
        <source>Niet wat we verwachtten: het juiste antwoord is &apos;{answer}&apos;.</source>
        <translation>Not what we expected: the right answer is &apos;{answer}&apos;.</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice.py" line="396"/>
        <source>We gaan verder langs het juiste pad.</source>
        <translation>We&apos;ll continue along the right path.</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice.py" line="433"/>
        <source>De assistent had hier &apos;{answer}&apos; voorgesteld (hij las: {label}).</source>
        <translation>The assistant would have suggested &apos;{answer}&apos; here (it read this as: {label}).</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice.py" line="445"/>
        <source>Uitkomst: {title}</source>
        <translation>Outcome: {title}</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice.py" line="456"/>
        <source>Schrijf je antwoord en vergelijk het daarna met het voorbeeld.</source>
        <translation>Write your reply, then compare it with the model reply.</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice.py" line="459"/>
        <source>Hier hoort geen openbaar antwoord bij.</source>
        <translation>This doesn&apos;t call for a public reply.</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice.py" line="466"/>
        <source>(Geen voorbeeld: hier mag je ook niets zeggen.)</source>
        <translation>(No model reply: it&apos;s fine to say nothing here.)</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice.py" line="480"/>
        <source>Niet opgeslagen</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice.py" line="484"/>
        <source>Score: {score} van 100</source>
        <translation>Score: {score} out of 100</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice.py" line="486"/>
        <source>jij</source>
        <translation>you</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice.py" line="486"/>
        <source>verwacht</source>
        <translation>expected</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice.py" line="497"/>
        <source>{right} van {total} vragen goed.</source>
        <translation>{right} of {total} questions right.</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice.py" line="503"/>
        <source>Tips</source>
        <translation>Tips</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../../app/ui/history.py" line="82"/>
        <source>Ontvangen</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="83"/>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="84"/>
        <source>Schrijver</source>
        <translation>Author</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="85"/>
        <source>Categorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="86"/>
        <source>Uitkomst</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="87"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="88"/>
        <source>Reactietijd</source>
        <translation>Response time</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="134"/>
        <source>(nog bezig)</source>
        <translation>(in progress)</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="149"/>
        <source>Opvolgen: {date}</source>
        <translation>Follow up: {date}</translation>
    </message>
</context>
<context>
    <name>CrisisView</name>
    <message>
        <location filename="../../app/ui/crisis.py" line="35"/>
        <source>Erkennen, excuses waar nodig, persoonlijk verder</source>
        <translation>Acknowledge, apologize where needed, continue in private</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis.py" line="36"/>
        <source>Feiten rechtzetten, met bron</source>
        <translation>Correct the facts, with a source</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis.py" line="37"/>
        <source>De vraag beantwoorden</source>
        <translation>Answer the question</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis.py" line="38"/>
        <source>Kort bedanken</source>
        <translation>Say a brief thank-you</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis.py" line="39"/>
        <source>Niet reageren, in de gaten houden</source>
        <translation>Don&apos;t respond, keep an eye on it</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis.py" line="40"/>
        <source>Melden bij het platform (bedreiging: ook politie)</source>
        <translation>Report to the platform (threats: also the police)</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis.py" line="71"/>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis.py" line="72"/>
        <source>&amp;Start de oefening</source>
        <translation>&amp;Start the exercise</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis.py" line="73"/>
        <source>Sto&amp;ppen</source>
        <translation>Sto&amp;p</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis.py" line="78"/>
        <source>Gesimuleerde tijd</source>
        <translation>Simulated time</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis.py" line="79"/>
        <source>S&amp;cenario:</source>
        <translation>S&amp;cenario:</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis.py" line="107"/>
        <source>In een crisis komt er in korte tijd een stroom reacties binnen. Kies per reactie wat je doet. Snel en goed levert de meeste punten op; de eerste klachten en geruchten die zich verspreiden gaan voor. Een minuut in de oefening duurt tien echte seconden.</source>
        <translation>In a crisis, a flood of comments comes in within a short time. Choose what to do with each comment. Being fast and right earns the most points; the first complaints and any rumors that are spreading come first. One minute in the exercise takes ten real seconds.</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis.py" line="120"/>
        <source>Binnengekomen reacties</source>
        <translation>Incoming comments</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis.py" line="126"/>
        <source>Gekozen reactie</source>
        <translation>Selected comment</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis.py" line="172"/>
        <source> (beste: {score})</source>
        <translation> (best: {score})</translation>
    </message>
    <message>
        <source>Wie oefent er?</source>
        <translation type="vanished">Who is practicing?</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis.py" line="213"/>
        <source>Tijd {m:02d}:{s:02d} van {total}:00</source>
        <translation>Time {m:02d}:{s:02d} of {total}:00</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis.py" line="228"/>
        <source>{n} reactie(s) wachten op je</source>
        <translation>{n} comment(s) waiting for you</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis.py" line="285"/>
        <source>Niet opgeslagen</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis.py" line="297"/>
        <source>prioriteit</source>
        <translation>priority</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis.py" line="302"/>
        <source>niet afgehandeld</source>
        <translation>not handled</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis.py" line="306"/>
        <source>{m:.0f} min</source>
        <translation>{m:.0f} min</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis.py" line="310"/>
        <source>jij: {a}</source>
        <translation>you: {a}</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis.py" line="316"/>
        <source>Score: {score} van 100</source>
        <translation>Score: {score} out of 100</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis.py" line="318"/>
        <source>{correct} van {total} goed afgehandeld, {handled} behandeld; mediane reactietijd {median} min.</source>
        <translation>{correct} of {total} handled correctly, {handled} handled; median response time {median} min.</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis.py" line="321"/>
        <source>Wat een goede aanpak voorop had gezet</source>
        <translation>What a good response would have put first</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis.py" line="322"/>
        <source>Per reactie, op volgorde van belang</source>
        <translation>Per comment, in order of importance</translation>
    </message>
</context>
<context>
    <name>FlowMap</name>
    <message>
        <location filename="../../app/ui/flowmap.py" line="29"/>
        <source>Kaart van het stroomschema</source>
        <translation>Map of the flowchart</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../app/ui/history.py" line="209"/>
        <source>Geschiedenis</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="236"/>
        <source>Zoeken in reacties, antwoorden en lessen…</source>
        <translation>Search comments, replies and lessons…</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="237"/>
        <source>Zoeken</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="240"/>
        <source>Maand</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="242"/>
        <source>Categorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="243"/>
        <source>Alle categorieën</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="247"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="248"/>
        <source>Alle statussen</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="252"/>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="253"/>
        <source>Alle platforms</source>
        <translation>All platforms</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="256"/>
        <source>&amp;Zoek:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="276"/>
        <source>Afgehandelde reacties</source>
        <translation>Handled comments</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="284"/>
        <source>Kies een reactie</source>
        <translation>Choose a comment</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="289"/>
        <source>De reactie</source>
        <translation>The comment</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="296"/>
        <source>Gegeven antwoord</source>
        <translation>Reply given</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="303"/>
        <source>Reactie</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="306"/>
        <source>Antwoord</source>
        <translation>Reply</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="318"/>
        <source>Bijwerken</source>
        <translation>Update</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="332"/>
        <source>&amp;Niet gebruiken om de assistent te laten bijleren</source>
        <translation>&amp;Do not use to teach the assistant</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="334"/>
        <source>Bijvoorbeeld als je hier bewust anders koos dan het schema voor deze reactie bedoelt.</source>
        <translation>For example when you deliberately chose differently from what the flowchart means for this comment.</translation>
    </message>
    <message>
        <source>Opvolgen op</source>
        <translation type="vanished">Follow up on</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="319"/>
        <source>Nieuwe les toevoegen…</source>
        <translation>Add a new lesson…</translation>
    </message>
    <message>
        <source>Nieuwe les</source>
        <translation type="vanished">New lesson</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="320"/>
        <source>labels, met komma&apos;s</source>
        <translation>tags, separated by commas</translation>
    </message>
    <message>
        <source>Labels bij de nieuwe les</source>
        <translation type="vanished">Tags for the new lesson</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="328"/>
        <source>Wijzigingen &amp;opslaan</source>
        <translation>Save &amp;changes</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="330"/>
        <source>&amp;Verder met deze reactie</source>
        <translation>C&amp;ontinue with this comment</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="vanished">S&amp;tatus:</translation>
    </message>
    <message>
        <source>&amp;Les:</source>
        <translation type="vanished">&amp;Lesson:</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="364"/>
        <source>Alle maanden</source>
        <translation>All months</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="395"/>
        <source>{n} reacties</source>
        <translation>{n} comments</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="397"/>
        <source>{n} om op te volgen</source>
        <translation>{n} to follow up</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="469"/>
        <source>onbekende schrijver</source>
        <translation>unknown author</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="487"/>
        <source>(assistent stelde voor: {s})</source>
        <translation>(assistant suggested: {s})</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="492"/>
        <source>Uitkomst</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="493"/>
        <source>assistent</source>
        <translation>assistant</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="494"/>
        <source>Nog niet afgerond</source>
        <translation>Not finished yet</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="506"/>
        <source>Lessen</source>
        <translation>Lessons</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="509"/>
        <source>Nog geen les bij deze reactie.</source>
        <translation>No lesson for this comment yet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="529"/>
        <source>↻ {who} had al {n} andere negatieve reacties. Reageer één keer inhoudelijk en vriendelijk, bied persoonlijk contact aan en laat het daarna los.</source>
        <translation>↻ {who} has already left {n} other negative comments. Reply once, properly and kindly, offer personal contact, and then let it go.</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="559"/>
        <source>Opslaan mislukt</source>
        <translation>Saving failed</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="555"/>
        <source>Wijzigingen opgeslagen.</source>
        <translation>Changes saved.</translation>
    </message>
</context>
<context>
    <name>IntakePage</name>
    <message>
        <location filename="../../app/ui/wizard_pages.py" line="59"/>
        <source>Nieuwe reactie</source>
        <translation>New comment</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_pages.py" line="63"/>
        <source>Plak hier de reactie, precies zoals hij online staat…</source>
        <translation>Paste the comment here, exactly as it appears online…</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_pages.py" line="64"/>
        <source>Tekst van de reactie</source>
        <translation>Text of the comment</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_pages.py" line="70"/>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_pages.py" line="72"/>
        <source>naam of @gebruikersnaam</source>
        <translation>name or @username</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_pages.py" line="73"/>
        <source>Schrijver</source>
        <translation>Author</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_pages.py" line="77"/>
        <source>Geplaatst op</source>
        <translation>Posted on</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_pages.py" line="80"/>
        <source>Link naar de reactie</source>
        <translation>Link to the comment</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_pages.py" line="81"/>
        <source>&amp;Reactie:</source>
        <translation>&amp;Comment:</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_pages.py" line="85"/>
        <source>&amp;Platform:</source>
        <translation>&amp;Platform:</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_pages.py" line="86"/>
        <source>&amp;Schrijver:</source>
        <translation>&amp;Author:</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_pages.py" line="87"/>
        <source>&amp;Geplaatst op:</source>
        <translation>Posted &amp;on:</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_pages.py" line="88"/>
        <source>&amp;Link (optioneel):</source>
        <translation>&amp;Link (optional):</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_pages.py" line="98"/>
        <source>&amp;Verder →</source>
        <translation>&amp;Next →</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_pages.py" line="99"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
</context>
<context>
    <name>LearnPanel</name>
    <message>
        <location filename="../../app/ui/learning.py" line="71"/>
        <source>Assistent bijleren</source>
        <translation>Teach the assistant</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning.py" line="80"/>
        <source>De assistent kan leren van de zaken die jij hebt afgehandeld: jouw keuzes in het schema zeggen wat een reactie was. Dat gebeurt op deze computer; er gaat niets naar buiten. Je kunt altijd terug naar de vorige of de meegeleverde assistent.</source>
        <translation>The assistant can learn from the cases you have handled: your choices in the flowchart say what a comment was. This happens on this computer; nothing is sent anywhere. You can always go back to the previous or the shipped assistant.</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning.py" line="87"/>
        <source>Stand van de assistent</source>
        <translation>State of the assistant</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning.py" line="92"/>
        <source>Voortgang van het bijleren</source>
        <translation>Learning progress</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning.py" line="99"/>
        <source>Nu &amp;bijleren</source>
        <translation>&amp;Learn now</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning.py" line="101"/>
        <source>Een stap &amp;terug</source>
        <translation>One step &amp;back</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning.py" line="102"/>
        <source>Terug naar de vorige bijgeleerde assistent, of naar de meegeleverde</source>
        <translation>Back to the previously taught assistant, or to the shipped one</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning.py" line="124"/>
        <source>Eigen assistent, bijgeleerd op {date} van {n} zaken (op je eigen zaken {before} → {after} juist).</source>
        <translation>Your own assistant, taught on {date} from {n} cases (right on your own cases: {before} → {after}).</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning.py" line="132"/>
        <source>De meegeleverde assistent: nog niet bijgeleerd van je eigen zaken.</source>
        <translation>The shipped assistant: not yet taught from your own cases.</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning.py" line="133"/>
        <source>{n} afgehandelde zaken om van te leren, {new} nieuw.</source>
        <translation>{n} handled cases to learn from, {new} new.</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning.py" line="159"/>
        <source>Bezig met bijleren… je kunt gewoon doorwerken.</source>
        <translation>Learning… you can keep working.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="54"/>
        <source>Reageerwijzer</source>
        <translation>Reageerwijzer</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="72"/>
        <source>Onderdelen</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="109"/>
        <source>Oefenen</source>
        <translation>Practice</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="110"/>
        <source>Maandrapport</source>
        <translation>Monthly report</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="107"/>
        <source>Nieuwe reactie</source>
        <translation>New comment</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="108"/>
        <source>Geschiedenis</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="111"/>
        <source>Profiel en instellingen</source>
        <translation>Profile and settings</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="132"/>
        <source>Assistent: wacht</source>
        <translation>Assistant: waiting</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="133"/>
        <source>Assistent wordt geladen…</source>
        <translation>Loading assistant…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="134"/>
        <source>Assistent klaar</source>
        <translation>Assistant ready</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="135"/>
        <source>Assistent niet beschikbaar</source>
        <translation>Assistant not available</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="154"/>
        <source>Assistent bijleren ({n} nieuwe zaken)…</source>
        <translation>Teach the assistant ({n} new cases)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="165"/>
        <source>een onbekende schrijver</source>
        <translation>an unknown author</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="169"/>
        <source>Verder waar je was?</source>
        <translation>Pick up where you left off?</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="170"/>
        <source>Je was nog bezig met een reactie van {who}:</source>
        <translation>You were still working on a comment from {who}:</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="172"/>
        <source>&amp;Verder gaan</source>
        <translation>&amp;Continue</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="173"/>
        <source>&amp;Later</source>
        <translation>&amp;Later</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="174"/>
        <source>&amp;Weggooien</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="213"/>
        <source>Bestand niet geopend</source>
        <translation>File not opened</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="214"/>
        <source>Je werkt verder in het huidige bestand.</source>
        <translation>You&apos;ll carry on working in the current file.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="222"/>
        <source>Geschiedenis geopend: {path}</source>
        <translation>History opened: {path}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="230"/>
        <source>Terugzetten mislukt</source>
        <translation>Restoring failed</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="240"/>
        <source>Reservekopie teruggezet</source>
        <translation>Backup restored</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="241"/>
        <source>De vorige geschiedenis is bewaard als {path}.</source>
        <translation>The previous history has been kept as {path}.</translation>
    </message>
</context>
<context>
    <name>OutcomePage</name>
    <message>
        <location filename="../../app/ui/wizard_pages.py" line="288"/>
        <source>De reactie</source>
        <translation>The comment</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_pages.py" line="295"/>
        <location filename="../../app/ui/wizard_pages.py" line="425"/>
        <source>Advies</source>
        <translation>Advice</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_pages.py" line="324"/>
        <source>Je antwoord</source>
        <translation>Your reply</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_pages.py" line="334"/>
        <source>Kernelementen: vink af wat je antwoord heeft.</source>
        <translation>Key points: tick off what your reply includes.</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_pages.py" line="337"/>
        <source>Concept van het antwoord</source>
        <translation>Draft of the reply</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_pages.py" line="344"/>
        <source>Aantal tekens</source>
        <translation>Number of characters</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_pages.py" line="346"/>
        <source>Korte &amp;versie</source>
        <translation>S&amp;hort version</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_pages.py" line="348"/>
        <source>&amp;Luchtige reactie gebruiken</source>
        <translation>Use &amp;light-hearted reply</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_pages.py" line="350"/>
        <source>&amp;Kopiëren</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_pages.py" line="352"/>
        <source>Reacties &amp;pauzeren…</source>
        <translation>&amp;Pause comments…</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_pages.py" line="354"/>
        <source>Een eerlijke tekst voor als een discussie onder je bericht uit de hand loopt</source>
        <translation>An honest message for when a discussion under your post gets out of hand</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_pages.py" line="306"/>
        <source>Opslaan in de geschiedenis</source>
        <translation>Save to history</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_form.py" line="54"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_form.py" line="55"/>
        <source>Opvolgen op</source>
        <translation>Follow up on</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_form.py" line="60"/>
        <source>Opvolgdatum</source>
        <translation>Follow-up date</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_pages.py" line="307"/>
        <source>Wat neem je mee uit deze reactie? (optioneel)</source>
        <translation>What do you take away from this comment? (optional)</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_form.py" line="68"/>
        <source>Geleerde les</source>
        <translation>Lesson learned</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_pages.py" line="308"/>
        <source>bijv. levering, toon, snelheid</source>
        <translation>e.g. delivery, tone, speed</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_form.py" line="73"/>
        <source>Labels bij de les</source>
        <translation>Tags for the lesson</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_form.py" line="74"/>
        <source>&amp;Status:</source>
        <translation>St&amp;atus:</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_form.py" line="78"/>
        <source>L&amp;es:</source>
        <translation>L&amp;esson:</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_form.py" line="81"/>
        <source>La&amp;bels:</source>
        <translation>&amp;Tags:</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_pages.py" line="369"/>
        <source>← &amp;Terug</source>
        <translation>← &amp;Back</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_pages.py" line="371"/>
        <source>&amp;Opslaan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_pages.py" line="372"/>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_pages.py" line="440"/>
        <source>{n} / {limit} tekens</source>
        <translation>{n} / {limit} characters</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_pages.py" line="444"/>
        <source>te lang voor {p}</source>
        <translation>too long for {p}</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_pages.py" line="447"/>
        <source>{n} tekens</source>
        <translation>{n} characters</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_pages.py" line="450"/>
        <source>{n} open plek(ken)</source>
        <translation>{n} open slot(s)</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_pages.py" line="458"/>
        <source>Nog open plekken</source>
        <translation>Open slots left</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_pages.py" line="459"/>
        <source>Vul eerst de gemarkeerde plekken in; anders komt er &apos;[vul in: …]&apos; online te staan:</source>
        <translation>Fill in the highlighted slots first; otherwise &apos;[vul in: …]&apos; will end up online:</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_pages.py" line="470"/>
        <source>Controleer het antwoord</source>
        <translation>Check the reply</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_pages.py" line="471"/>
        <source>Toch kopiëren?</source>
        <translation>Copy anyway?</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_pages.py" line="478"/>
        <source>Antwoord gekopieerd: plak het op het platform.</source>
        <translation>Reply copied: paste it on the platform.</translation>
    </message>
</context>
<context>
    <name>PracticeView</name>
    <message>
        <location filename="../../app/ui/practice.py" line="524"/>
        <source>Oefenen</source>
        <translation>Practice</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice.py" line="530"/>
        <source>Oefencasussen</source>
        <translation>Practice cases</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice.py" line="531"/>
        <source>Crisisoefening</source>
        <translation>Crisis exercise</translation>
    </message>
</context>
<context>
    <name>QuestionPage</name>
    <message>
        <location filename="../../app/ui/wizard_pages.py" line="155"/>
        <source>De reactie</source>
        <translation>The comment</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_pages.py" line="162"/>
        <source>Voorstel van de assistent</source>
        <translation>Assistant&apos;s suggestion</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_pages.py" line="178"/>
        <source>← &amp;Terug</source>
        <translation>← &amp;Back</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_pages.py" line="179"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_pages.py" line="181"/>
        <source>&amp;Volgende →</source>
        <translation>&amp;Next →</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_pages.py" line="182"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_pages.py" line="197"/>
        <source>Vraag {n}</source>
        <translation>Question {n}</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_pages.py" line="200"/>
        <source>Voorbeeld: {example}</source>
        <translation>Example: {example}</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_pages.py" line="218"/>
        <source>voorstel assistent</source>
        <translation>assistant&apos;s suggestion</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_pages.py" line="219"/>
        <source>misschien</source>
        <translation>maybe</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_pages.py" line="236"/>
        <source>De assistent twijfelt tussen ‘{first}’ en ‘{second}’.</source>
        <translation>The assistant is unsure between ‘{first}’ and ‘{second}’.</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_pages.py" line="237"/>
        <source>Hij leest dit als {reading}.</source>
        <translation>It reads this as {reading}.</translation>
    </message>
    <message>
        <source>De assistent twijfelt: {first} of {second}?</source>
        <translation type="vanished">The assistant is unsure: {first} or {second}?</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_pages.py" line="239"/>
        <source>Lees de reactie nog eens en kies zelf; er is niets vooraf gekozen.</source>
        <translation>Read the comment again and choose yourself; nothing has been preselected.</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_pages.py" line="244"/>
        <source>de assistent ziet &apos;{flag}&apos; in de reactie</source>
        <translation>the assistant sees &apos;{flag}&apos; in the comment</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_pages.py" line="248"/>
        <source>vanwege: {words}</source>
        <translation>because of: {words}</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_pages.py" line="250"/>
        <source>Voorstel van de assistent: {answer}</source>
        <translation>Assistant&apos;s suggestion: {answer}</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_pages.py" line="253"/>
        <source>Jij beslist: kies gerust iets anders.</source>
        <translation>You decide: feel free to choose something else.</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_pages.py" line="256"/>
        <source>De assistent wordt geladen… je kunt alvast zelf kiezen.</source>
        <translation>The assistant is loading… you can already choose yourself.</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_pages.py" line="258"/>
        <source>De assistent is niet beschikbaar; kies zelf het beste antwoord.</source>
        <translation>The assistant is not available; choose the best answer yourself.</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_pages.py" line="260"/>
        <source>De assistent heeft hier geen voorstel: dit weet alleen jij.</source>
        <translation>The assistant has no suggestion here: only you know this.</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <location filename="../../app/ui/report.py" line="75"/>
        <location filename="../../app/ui/report.py" line="149"/>
        <source>Maandrapport</source>
        <translation>Monthly report</translation>
    </message>
    <message>
        <location filename="../../app/ui/report.py" line="79"/>
        <source>Wat zeiden mensen deze maand, hoe snel reageerde je, wat liep er mis en wat heb je geleerd? Bekijk het hier en bewaar het als PDF om te lezen of te delen, of als CSV voor een spreadsheet.</source>
        <translation>What did people say this month, how fast did you reply, what went wrong and what did you learn? Look at it here and save it as a PDF to read or share, or as a CSV for a spreadsheet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/report.py" line="86"/>
        <source>Maand</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../app/ui/report.py" line="88"/>
        <source>Namen tonen</source>
        <translation>Show names</translation>
    </message>
    <message>
        <location filename="../../app/ui/report.py" line="89"/>
        <source>Namen vervangen door &apos;Schrijver 1, 2, …&apos;</source>
        <translation>Replace names with &apos;Schrijver 1, 2, …&apos;</translation>
    </message>
    <message>
        <location filename="../../app/ui/report.py" line="90"/>
        <source>Namen weglaten</source>
        <translation>Leave names out</translation>
    </message>
    <message>
        <location filename="../../app/ui/report.py" line="91"/>
        <source>Namen van schrijvers</source>
        <translation>Authors&apos; names</translation>
    </message>
    <message>
        <location filename="../../app/ui/report.py" line="92"/>
        <source>&amp;Maand:</source>
        <translation>&amp;Month:</translation>
    </message>
    <message>
        <location filename="../../app/ui/report.py" line="94"/>
        <source>&amp;Voorbeeld bijwerken</source>
        <translation>&amp;Update preview</translation>
    </message>
    <message>
        <location filename="../../app/ui/report.py" line="95"/>
        <source>Als &amp;PDF bewaren…</source>
        <translation>Save as &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../app/ui/report.py" line="96"/>
        <source>Als &amp;CSV bewaren…</source>
        <translation>Save as &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../app/ui/report.py" line="106"/>
        <source>Bezig</source>
        <translation>Working</translation>
    </message>
    <message>
        <location filename="../../app/ui/report.py" line="148"/>
        <location filename="../../app/ui/report.py" line="149"/>
        <source>Het is niet gelukt: {e}</source>
        <translation>That didn&apos;t work: {e}</translation>
    </message>
    <message>
        <location filename="../../app/ui/report.py" line="155"/>
        <source>Rapport voor {m} wordt gemaakt…</source>
        <translation>Making the report for {m}…</translation>
    </message>
    <message>
        <location filename="../../app/ui/report.py" line="168"/>
        <source>Pagina {n}</source>
        <translation>Page {n}</translation>
    </message>
    <message>
        <location filename="../../app/ui/report.py" line="174"/>
        <source>{title}: {n} reacties, {p} pagina(&apos;s).</source>
        <translation>{title}: {n} comments, {p} page(s).</translation>
    </message>
    <message>
        <location filename="../../app/ui/report.py" line="182"/>
        <source>CSV voor Excel/LibreOffice (*.csv)</source>
        <translation>CSV for Excel/LibreOffice (*.csv)</translation>
    </message>
    <message>
        <location filename="../../app/ui/report.py" line="183"/>
        <source>Maandrapport bewaren</source>
        <translation>Save monthly report</translation>
    </message>
    <message>
        <location filename="../../app/ui/report.py" line="190"/>
        <source>Bezig met bewaren…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../app/ui/report.py" line="194"/>
        <source>Bewaard als {path}</source>
        <translation>Saved as {path}</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../../app/ui/settings.py" line="30"/>
        <source>Naam van het bedrijf</source>
        <translation>Business name</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="31"/>
        <source>Soort bedrijf (bijv. bakkerij)</source>
        <translation>Type of business (e.g. bakery)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="32"/>
        <source>E-mailadres voor klanten</source>
        <translation>Email address for customers</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="33"/>
        <source>Telefoonnummer voor klanten</source>
        <translation>Phone number for customers</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="34"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="35"/>
        <source>Adres</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="36"/>
        <source>Openingstijden</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="37"/>
        <source>Bezorging</source>
        <translation>Delivery</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="38"/>
        <source>Ruilen en retourneren</source>
        <translation>Exchanges and returns</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="39"/>
        <source>Betalen</source>
        <translation>Payment</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="40"/>
        <source>Feestdagen en sluitingsdagen</source>
        <translation>Holidays and closing days</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="41"/>
        <source>Toegankelijkheid</source>
        <translation>Accessibility</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="42"/>
        <source>Parkeren</source>
        <translation>Parking</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="57"/>
        <source>Bedrijfsprofiel en instellingen</source>
        <translation>Business profile and settings</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="61"/>
        <source>Conceptreacties gebruiken alleen wat hier staat. Laat je iets leeg, dan krijg je in het concept een open plek om zelf in te vullen; de app verzint niets.</source>
        <translation>Draft replies only use what is entered here. If you leave something empty, the draft gets an open slot for you to fill in yourself; the app never makes anything up.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="82"/>
        <source>Toon</source>
        <translation>Tone</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="85"/>
        <source>bijv. Marieke, Joost</source>
        <translation>e.g. Marieke, Joost</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="86"/>
        <source>Voornamen die ondertekenen</source>
        <translation>First names to sign with</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="88"/>
        <source>je (informeel, meest gebruikt)</source>
        <translation>je (informal Dutch &apos;you&apos;, most common)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="89"/>
        <source>u (formeel)</source>
        <translation>u (formal Dutch &apos;you&apos;)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="90"/>
        <source>Aanspreekvorm</source>
        <translation>Form of address</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="92"/>
        <source>ik</source>
        <translation>ik (I)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="93"/>
        <source>wij</source>
        <translation>wij (we)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="94"/>
        <source>Schrijven als</source>
        <translation>Write as</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="95"/>
        <source>Klanten mogen een privébericht sturen op het platform</source>
        <translation>Customers may send a private message on the platform</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="97"/>
        <source>&amp;Ondertekenen met:</source>
        <translation>&amp;Sign with:</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="98"/>
        <source>&amp;Aanspreekvorm:</source>
        <translation>&amp;Form of address:</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="99"/>
        <source>Schrijven als:</source>
        <translation>Write as:</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="108"/>
        <source>Gegevens</source>
        <translation>Business details</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="118"/>
        <source>bijv. Tweede paasdag: dicht; Koningsdag: 8:00–13:00</source>
        <translation>e.g. Tweede paasdag: dicht; Koningsdag: 8:00–13:00</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="122"/>
        <location filename="../../app/ui/settings.py" line="127"/>
        <source>Veelgestelde vragen</source>
        <translation>Frequently asked questions</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="125"/>
        <source>Vraag</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="125"/>
        <source>Antwoord</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="130"/>
        <source>Vraag &amp;toevoegen</source>
        <translation>&amp;Add question</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="132"/>
        <source>Vraag &amp;weghalen</source>
        <translation>&amp;Remove question</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="71"/>
        <source>Profiel op&amp;slaan</source>
        <translation>Save &amp;profile</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="151"/>
        <source>Reservekopie terug&amp;zetten…</source>
        <translation>Res&amp;tore backup…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="144"/>
        <source>Geschiedenis en reservekopieën</source>
        <translation>History and backups</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="149"/>
        <source>&amp;Reservekopie maken…</source>
        <translation>Make a &amp;backup…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="153"/>
        <source>Ander &amp;bestand openen…</source>
        <translation>&amp;Open another file…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="162"/>
        <location filename="../../app/ui/settings.py" line="288"/>
        <source>Taal</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="165"/>
        <source>Volg het systeem</source>
        <translation>Same as system</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="168"/>
        <source>Taal van het venster</source>
        <translation>Window language</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="172"/>
        <source>Taal van het venster:</source>
        <translation>Window language:</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="185"/>
        <source>Profiel</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="181"/>
        <source>De geschiedenis staat in: {path}</source>
        <translation>The history is stored in: {path}</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="227"/>
        <location filename="../../app/ui/settings.py" line="237"/>
        <source>Profiel niet opgeslagen</source>
        <translation>Profile not saved</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="227"/>
        <source>Controleer het profiel: {e}</source>
        <translation>Check the profile: {e}</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="234"/>
        <source>Profiel opgeslagen.</source>
        <translation>Profile saved.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="242"/>
        <source>Reservekopie opslaan als</source>
        <translation>Save backup as</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="256"/>
        <source>Reservekopie mislukt</source>
        <translation>Backup failed</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="252"/>
        <source>Reservekopie gemaakt</source>
        <translation>Backup made</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="252"/>
        <source>Opgeslagen als {path}</source>
        <translation>Saved as {path}</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="260"/>
        <source>Reservekopie kiezen</source>
        <translation>Choose a backup</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="266"/>
        <source>Reservekopie terugzetten?</source>
        <translation>Restore backup?</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="268"/>
        <source>De huidige geschiedenis wordt vervangen door {src}. Er wordt eerst een kopie van de huidige geschiedenis bewaard. Doorgaan?</source>
        <translation>The current history will be replaced by {src}. A copy of the current history will be kept first. Continue?</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="278"/>
        <source>Geschiedenisbestand kiezen of nieuw maken</source>
        <translation>Choose a history file or create a new one</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="288"/>
        <source>De nieuwe taal is actief na het opnieuw starten.</source>
        <translation>The new language will be used after restarting the app.</translation>
    </message>
</context>
<context>
    <name>TraineeBar</name>
    <message>
        <location filename="../../app/ui/trainee.py" line="50"/>
        <source>Naam van de oefenaar</source>
        <translation>Trainee&apos;s name</translation>
    </message>
    <message>
        <location filename="../../app/ui/trainee.py" line="51"/>
        <source>Je naam</source>
        <translation>Your name</translation>
    </message>
    <message>
        <location filename="../../app/ui/trainee.py" line="52"/>
        <source>&amp;Oefenaar:</source>
        <translation>&amp;Trainee:</translation>
    </message>
</context>
<context>
    <name>WizardView</name>
    <message>
        <location filename="../../app/ui/wizard.py" line="113"/>
        <source>Waar ben je?</source>
        <translation>Where are you?</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="116"/>
        <source>Vakjes zijn vragen, rondjes uitkomsten. Blauw: jouw weg.</source>
        <translation>Boxes are questions, circles are outcomes. Blue: your path.</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="117"/>
        <source>Assistent</source>
        <translation>Assistant</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="119"/>
        <source>Wat de assistent ziet</source>
        <translation>What the assistant sees</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="144"/>
        <source>Assistent wordt geladen…</source>
        <translation>Loading assistant…</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="147"/>
        <source>De assistent kon niet laden ({error}). Je kunt het schema gewoon zelf doorlopen.</source>
        <translation>The assistant could not load ({error}). You can simply work through the flowchart yourself.</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="152"/>
        <source>Assistent klaar. Plak een reactie om mee te laten kijken.</source>
        <translation>Assistant ready. Paste a comment to let it take a look.</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="164"/>
        <source>Assistent leest mee…</source>
        <translation>Assistant is reading along…</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="189"/>
        <source>Twijfel: {first} ({p1}) of {second} ({p2})</source>
        <translation>Unsure: {first} ({p1}) or {second} ({p2})</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="197"/>
        <source>Lijkt: {label} ({p})</source>
        <translation>Looks like: {label} ({p})</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="199"/>
        <source>vanwege: {words}</source>
        <translation>because of: {words}</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="201"/>
        <source>Let op: {flags}</source>
        <translation>Note: {flags}</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="205"/>
        <source>bestelnummer</source>
        <translation>order number</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="206"/>
        <source>bedrag</source>
        <translation>amount</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="207"/>
        <source>datum</source>
        <translation>date</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="208"/>
        <source>e-mail</source>
        <translation>email</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="209"/>
        <source>telefoon</source>
        <translation>phone</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="214"/>
        <source>Gevonden: {items}</source>
        <translation>Found: {items}</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="240"/>
        <source>Dat kan niet</source>
        <translation>That&apos;s not possible</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="280"/>
        <source> of </source>
        <translation> or </translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="282"/>
        <source>de assistent leest dit als {label} ({p})</source>
        <translation>the assistant reads this as {label} ({p})</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="295"/>
        <source>{label} ({p}, vanwege: {words})</source>
        <translation>{label} ({p}, because of: {words})</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="378"/>
        <source>Reacties tijdelijk uitzetten</source>
        <translation>Turn comments off for a while</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="381"/>
        <source>Loopt de discussie onder je bericht uit de hand? Zet de reacties dan tijdelijk uit, maar zeg eerlijk waarom. Bijvoorbeeld:</source>
        <translation>Is the discussion under your post getting out of hand? Then turn comments off for a while, but say honestly why. For example:</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="386"/>
        <source>&amp;Kopiëren</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="441"/>
        <source>Tussentijds bewaren lukte niet: {e}</source>
        <translation>Autosave failed: {e}</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="478"/>
        <source>Opslaan mislukt</source>
        <translation>Saving failed</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="479"/>
        <source>De zaak is niet opgeslagen: {error}

Je invoer staat er nog; probeer het opnieuw.</source>
        <translation>The case was not saved: {error}

Your input is still there; please try again.</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="471"/>
        <source>Opgeslagen in de geschiedenis.</source>
        <translation>Saved to history.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../app/ui/main.py" line="49"/>
        <source>Geschiedenis niet geopend</source>
        <translation>History not opened</translation>
    </message>
    <message>
        <location filename="../../app/ui/main.py" line="52"/>
        <source>Het bestand is niet aangeraakt. Kies een ander bestand, begin een nieuwe geschiedenis of sluit af.</source>
        <translation>The file has not been touched. Choose another file, start a new history or quit.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main.py" line="57"/>
        <source>Ander bestand…</source>
        <translation>Another file…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main.py" line="59"/>
        <source>Nieuwe geschiedenis</source>
        <translation>New history</translation>
    </message>
    <message>
        <location filename="../../app/ui/main.py" line="61"/>
        <source>Afsluiten</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../app/ui/main.py" line="66"/>
        <source>Geschiedenisbestand</source>
        <translation>History file</translation>
    </message>
    <message>
        <location filename="../../app/ui/main.py" line="99"/>
        <source>Er ging iets mis</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <location filename="../../app/ui/main.py" line="100"/>
        <source>Er ging iets onverwachts mis: {error}

Je werk is tussentijds bewaard. Details staan in {log}.</source>
        <translation>Something unexpected went wrong: {error}

Your work so far has been saved. Details are in {log}.</translation>
    </message>
</context>
</TS>
