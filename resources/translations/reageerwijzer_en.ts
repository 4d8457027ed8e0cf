<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Over Reageerwijzer</source>
        <translation>About Reageerwijzer</translation>
    </message>
    <message>
        <source>Taalmodel: {version}</source>
        <translation>Language model: {version}</translation>
    </message>
    <message>
        <source>Reageerwijzer werkt helemaal op je eigen computer: reacties, antwoorden en de geschiedenis gaan nergens heen.</source>
        <translation>Reageerwijzer works entirely on your own computer: comments, replies and the history go nowhere else.</translation>
    </message>
    <message>
        <source>Over</source>
        <translation>About</translation>
    </message>
    <message>
        <source>Gegevens waarmee het taalmodel is getraind</source>
        <translation>Data the language model was trained on</translation>
    </message>
    <message>
        <source>Het taalmodel is mede gemaakt met deze openbare gegevens:</source>
        <translation>The language model was built in part with this public data:</translation>
    </message>
    <message>
        <source>Gegevens</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Licenties van derden</source>
        <translation>Third-party licences</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Over Reageerwijzer…</source>
        <translation>&amp;About Reageerwijzer…</translation>
    </message>
</context>
<context>
    <name>AssistantPanel</name>
    <message>
        <source>Wat de assistent ziet</source>
        <translation>What the assistant sees</translation>
    </message>
    <message>
        <source>Twijfel: {first} ({p1}) of {second} ({p2})</source>
        <translation>Unsure: {first} ({p1}) or {second} ({p2})</translation>
    </message>
    <message>
        <source>Lijkt: {label} ({p})</source>
        <translation>Looks like: {label} ({p})</translation>
    </message>
    <message>
        <source>vanwege: {words}</source>
        <translation>because of: {words}</translation>
    </message>
    <message>
        <source>Let op: {flags}</source>
        <translation>Note: {flags}</translation>
    </message>
    <message>
        <source>bestelnummer</source>
        <translation>order number</translation>
    </message>
    <message>
        <source>bedrag</source>
        <translation>amount</translation>
    </message>
    <message>
        <source>datum</source>
        <translation>date</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>email</translation>
    </message>
    <message>
        <source>telefoon</source>
        <translation>phone</translation>
    </message>
    <message>
        <source>Gevonden: {items}</source>
        <translation>Found: {items}</translation>
    </message>
    <message>
        <source> of </source>
        <translation> or </translation>
    </message>
    <message>
        <source>de assistent leest dit als {label} ({p})</source>
        <translation>the assistant reads this as {label} ({p})</translation>
    </message>
    <message>
        <source>{label} ({p}, vanwege: {words})</source>
        <translation>{label} ({p}, because of: {words})</translation>
    </message>
</context>
<context>
    <name>CaseForm</name>
    <message>
        <source>typ je naam</source>
        <translation>type your name</translation>
    </message>
    <message>
        <source>Opgesteld door</source>
        <translation>Drafted by</translation>
    </message>
    <message>
        <source>Een naam op deze computer, geen account: een collega keurt het antwoord goed of stuurt het terug.</source>
        <translation>A name on this computer, not an account: a colleague approves the reply or sends it back.</translation>
    </message>
    <message>
        <source>(op deze computer, geen account)</source>
        <translation>(on this computer, not an account)</translation>
    </message>
    <message>
        <source>Opgesteld &amp;door:</source>
        <translation>&amp;Drafted by:</translation>
    </message>
</context>
<context>
    <name>CasePracticeView</name>
    <message>
        <source>Alle niveaus</source>
        <translation>All levels</translation>
    </message>
    <message>
        <source>Niveau</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Oefencasussen</source>
        <translation>Practice cases</translation>
    </message>
    <message>
        <source>&amp;Start deze casus</source>
        <translation>&amp;Start this case</translation>
    </message>
    <message>
        <source>Volgende &amp;nieuwe</source>
        <translation>Next ne&amp;w</translation>
    </message>
    <message>
        <source>&amp;Willekeurig</source>
        <translation>&amp;Random</translation>
    </message>
    <message>
        <source>&amp;Fouten herhalen</source>
        <translation>Redo &amp;mistakes</translation>
    </message>
    <message>
        <source>Oefenen met voorbeeldreacties</source>
        <translation>Practice with example comments</translation>
    </message>
    <message>
        <source>Kies een casus en loop het schema door zoals bij een echte reactie, maar nu zonder voorstel van de assistent. Na elke vraag hoor je of je goed zat en waarom. Aan het eind schrijf je een antwoord en vergelijk je het met een voorbeeld. Je voortgang wordt per naam bewaard.</source>
        <translation>Choose a case and work through the flowchart as you would for a real comment, but this time without suggestions from the assistant. After each question you&apos;ll find out whether you were right, and why. At the end you write a reply and compare it with a model reply. Your progress is saved per name.</translation>
    </message>
    <message>
        <source>Casus en vraag</source>
        <translation>Case and question</translation>
    </message>
    <message>
        <source>De reactie van de casus</source>
        <translation>The comment in this case</translation>
    </message>
    <message>
        <source>Terugkoppeling</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>&amp;Controleer</source>
        <translation>&amp;Check</translation>
    </message>
    <message>
        <source>&amp;Verder →</source>
        <translation>&amp;Next →</translation>
    </message>
    <message>
        <source>De reactie waarop je antwoordt</source>
        <translation>The comment you are answering</translation>
    </message>
    <message>
        <source>Jouw antwoord</source>
        <translation>Your reply</translation>
    </message>
    <message>
        <source>Schrijf hier het antwoord dat jij zou plaatsen…</source>
        <translation>Write the reply you would post here…</translation>
    </message>
    <message>
        <source>&amp;Controleer en vergelijk met het voorbeeld</source>
        <translation>&amp;Check and compare with the example</translation>
    </message>
    <message>
        <source>Controle van je antwoord</source>
        <translation>Check of your reply</translation>
    </message>
    <message>
        <source>De reactie van {who} op {platform}:</source>
        <translation>The comment by {who} on {platform}:</translation>
    </message>
    <message>
        <source>Schrijf je antwoord en laat het daarna controleren.</source>
        <translation>Write your reply, then have it checked.</translation>
    </message>
    <message>
        <source>Voorbeeldantwoord</source>
        <translation>Model reply</translation>
    </message>
    <message>
        <source>&amp;Afronden</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <source>Controle en voorbeeld</source>
        <translation>Check and example</translation>
    </message>
    <message>
        <source>Uitslag</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Volgende &amp;nieuwe casus</source>
        <translation>Ne&amp;xt new case</translation>
    </message>
    <message>
        <source>Wie oefent er?</source>
        <translation>Who is practicing?</translation>
    </message>
    <message>
        <source>{done} van {total} casussen gedaan, {revisit} om te herhalen</source>
        <translation>{done} of {total} cases done, {revisit} to redo</translation>
    </message>
    <message>
        <source>Vul je naam in om je voortgang te bewaren.</source>
        <translation>Enter your name to save your progress.</translation>
    </message>
    <message>
        <source>Casus kiezen</source>
        <translation>Choose a case</translation>
    </message>
    <message>
        <source>Kies eerst een casus in de lijst.</source>
        <translation>First choose a case from the list.</translation>
    </message>
    <message>
        <source>Alles gedaan</source>
        <translation>All done</translation>
    </message>
    <message>
        <source>Je hebt alle casussen van dit niveau gedaan!</source>
        <translation>You&apos;ve done all the cases at this level!</translation>
    </message>
    <message>
        <source>Niets te herhalen</source>
        <translation>Nothing to redo</translation>
    </message>
    <message>
        <source>Geen casussen met fouten om te herhalen.</source>
        <translation>There are no cases with mistakes to redo.</translation>
    </message>
    <message>
        <source>onbekend</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Vraag {n} van {total}</source>
        <translation>Question {n} of {total}</translation>
    </message>
    <message>
        <source>Goed gekozen.</source>
        <translation>Good choice.</translation>
    </message>
    <message>
        <source>Niet wat we verwachtten: het juiste antwoord is &apos;{answer}&apos;.</source>
        <translation>Not what we expected: the right answer is &apos;{answer}&apos;.</translation>
    </message>
    <message>
        <source>We gaan verder langs het juiste pad.</source>
        <translation>We&apos;ll continue along the right path.</translation>
    </message>
    <message>
        <source>De assistent had hier &apos;{answer}&apos; voorgesteld (hij las: {label}).</source>
        <translation>The assistant would have suggested &apos;{answer}&apos; here (it read this as: {label}).</translation>
    </message>
    <message>
        <source>Uitkomst: {title}</source>
        <translation>Outcome: {title}</translation>
    </message>
    <message>
        <source>Hier hoort geen openbaar antwoord bij.</source>
        <translation>This doesn&apos;t call for a public reply.</translation>
    </message>
    <message>
        <source>(Geen voorbeeld: hier mag je ook niets zeggen.)</source>
        <translation>(No model reply: it&apos;s fine to say nothing here.)</translation>
    </message>
    <message>
        <source>Niet opgeslagen</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Score: {score} van 100</source>
        <translation>Score: {score} out of 100</translation>
    </message>
    <message>
        <source>jij</source>
        <translation>you</translation>
    </message>
    <message>
        <source>verwacht</source>
        <translation>expected</translation>
    </message>
    <message>
        <source>{right} van {total} vragen goed.</source>
        <translation>{right} of {total} questions right.</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>Ontvangen</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Schrijver</source>
        <translation>Author</translation>
    </message>
    <message>
        <source>Categorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Uitkomst</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reactietijd</source>
        <translation>Response time</translation>
    </message>
    <message>
        <source>(nog bezig)</source>
        <translation>(in progress)</translation>
    </message>
    <message>
        <source>Opvolgen: {date}</source>
        <translation>Follow up: {date}</translation>
    </message>
    <message>
        <source>Opgesteld door {who}</source>
        <translation>Drafted by {who}</translation>
    </message>
    <message>
        <source>goedgekeurd door {who}</source>
        <translation>approved by {who}</translation>
    </message>
</context>
<context>
    <name>CopyRow</name>
    <message>
        <source>&amp;Kopiëren</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>Nog {n} open plek(ken) [vul in: …]: vul ze in voor je plaatst.</source>
        <translation>{n} open slot(s) [vul in: …] left: fill them in before you post.</translation>
    </message>
    <message>
        <source>Klaar om te plaatsen.</source>
        <translation>Ready to post.</translation>
    </message>
    <message>
        <source>Gekopieerd.</source>
        <translation>Copied.</translation>
    </message>
</context>
<context>
    <name>CrisisPlanDialog</name>
    <message>
        <source>Volgt de kanalen</source>
        <translation>Monitors the channels</translation>
    </message>
    <message>
        <source>Stelt de tekst op</source>
        <translation>Drafts the text</translation>
    </message>
    <message>
        <source>Keurt goed</source>
        <translation>Approves</translation>
    </message>
    <message>
        <source>Plaatst</source>
        <translation>Posts</translation>
    </message>
    <message>
        <source>Crisisplan</source>
        <translation>Crisis plan</translation>
    </message>
    <message>
        <source>Leg vooraf vast wie wat doet als er veel negatieve reacties tegelijk komen, en zet de eerste verklaringen klaar. De crisisradar gebruikt dit plan. Namen staan alleen op deze computer.</source>
        <translation>Decide in advance who does what when many negative comments arrive at once, and prepare the first statements. The crisis radar uses this plan. Names are stored on this computer only.</translation>
    </message>
    <message>
        <source>&amp;Opslaan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Annuleren</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Wie doet wat</source>
        <translation>Who does what</translation>
    </message>
    <message>
        <source>Taak</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Bereikbaar via (telefoon, app-groep, mail)</source>
        <translation>Reachable via (phone, chat group, mail)</translation>
    </message>
    <message>
        <source>Naam: {task}</source>
        <translation>Name: {task}</translation>
    </message>
    <message>
        <source>Bereikbaar via: {task}</source>
        <translation>Reachable via: {task}</translation>
    </message>
    <message>
        <source>Eerste verklaringen</source>
        <translation>Holding statements</translation>
    </message>
    <message>
        <source>Soort voorval</source>
        <translation>Kind of incident</translation>
    </message>
    <message>
        <source>&amp;Soort voorval:</source>
        <translation>&amp;Kind of incident:</translation>
    </message>
    <message>
        <source>Standaardtekst &amp;terugzetten</source>
        <translation>&amp;Restore default text</translation>
    </message>
    <message>
        <source>Verklaring</source>
        <translation>Statement</translation>
    </message>
    <message>
        <source>Gemarkeerde stukken [vul in: …] vul je pas in als het zover is. {onderwerp} wordt het onderwerp dat de radar vond.</source>
        <translation>Fill in the marked parts [vul in: …] only when it happens. {onderwerp} becomes the topic the radar found.</translation>
    </message>
    <message>
        <source>Crisisplan niet opgeslagen</source>
        <translation>Crisis plan not saved</translation>
    </message>
    <message>
        <source>Je hebt wijzigingen die nog niet zijn opgeslagen. Weggooien?</source>
        <translation>You have changes that are not saved yet. Discard them?</translation>
    </message>
</context>
<context>
    <name>CrisisPlanSection</name>
    <message>
        <source>Crisisplan</source>
        <translation>Crisis plan</translation>
    </message>
    <message>
        <source>Wie volgt, schrijft, keurt goed en plaatst als het misgaat, en de eerste verklaringen per soort voorval (voedselveiligheid, bezorging, personeel, storing, een bericht dat kwetste).</source>
        <translation>Who monitors, drafts, approves and posts when things go wrong, and the holding statements per kind of incident (food safety, delivery, staff, outage, a post that offended).</translation>
    </message>
    <message>
        <source>Crisisplan &amp;bewerken…</source>
        <translation>&amp;Edit crisis plan…</translation>
    </message>
</context>
<context>
    <name>CrisisView</name>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>&amp;Start de oefening</source>
        <translation>&amp;Start the exercise</translation>
    </message>
    <message>
        <source>Sto&amp;ppen</source>
        <translation>Sto&amp;p</translation>
    </message>
    <message>
        <source>Gesimuleerde tijd</source>
        <translation>Simulated time</translation>
    </message>
    <message>
        <source>S&amp;cenario:</source>
        <translation>S&amp;cenario:</translation>
    </message>
    <message>
        <source>In een crisis komt er in korte tijd een stroom reacties binnen. Kies per reactie wat je doet. Snel en goed levert de meeste punten op; de eerste klachten en geruchten die zich verspreiden gaan voor. Een minuut in de oefening duurt tien echte seconden.</source>
        <translation>In a crisis, a flood of comments comes in within a short time. Choose what to do with each comment. Being fast and right earns the most points; the first complaints and any rumors that are spreading come first. One minute in the exercise takes ten real seconds.</translation>
    </message>
    <message>
        <source>Binnengekomen reacties</source>
        <translation>Incoming comments</translation>
    </message>
    <message>
        <source>Gekozen reactie</source>
        <translation>Selected comment</translation>
    </message>
    <message>
        <source>Kies met de cijfertoetsen 1 tot en met 6.</source>
        <translation>Choose with the number keys 1 to 6.</translation>
    </message>
    <message>
        <source>Nabespreking</source>
        <translation>Debrief</translation>
    </message>
    <message>
        <source> (beste: {score})</source>
        <translation> (best: {score})</translation>
    </message>
    <message>
        <source>Tijd {m:02d}:{s:02d} van {total}:00</source>
        <translation>Time {m:02d}:{s:02d} of {total}:00</translation>
    </message>
    <message>
        <source>{n} reactie(s) wachten op je</source>
        <translation>{n} comment(s) waiting for you</translation>
    </message>
    <message>
        <source>Niet opgeslagen</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>prioriteit</source>
        <translation>priority</translation>
    </message>
    <message>
        <source>niet afgehandeld</source>
        <translation>not handled</translation>
    </message>
    <message>
        <source>{m:.0f} min</source>
        <translation>{m:.0f} min</translation>
    </message>
    <message>
        <source>jij: {a}</source>
        <translation>you: {a}</translation>
    </message>
    <message>
        <source>Score: {score} van 100</source>
        <translation>Score: {score} out of 100</translation>
    </message>
    <message>
        <source>{correct} van {total} goed afgehandeld, {handled} behandeld; mediane reactietijd {median} min.</source>
        <translation>{correct} of {total} handled correctly, {handled} handled; median response time {median} min.</translation>
    </message>
    <message>
        <source>Wat een goede aanpak voorop had gezet</source>
        <translation>What a good response would have put first</translation>
    </message>
    <message>
        <source>Per reactie, op volgorde van belang</source>
        <translation>Per comment, in order of importance</translation>
    </message>
    <message>
        <source>Niet bewaard</source>
        <translation>Not kept</translation>
    </message>
    <message>
        <source>Crisisoverzicht</source>
        <translation>Crisis overview</translation>
    </message>
    <message>
        <source>Crisis</source>
        <translation>Crisis</translation>
    </message>
    <message>
        <source>Verhoogd</source>
        <translation>Raised</translation>
    </message>
    <message>
        <source>&amp;Sluiten</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Crisisplan &amp;bewerken…</source>
        <translation>&amp;Edit crisis plan…</translation>
    </message>
    <message>
        <source>{level}: er speelt iets rond {topic}</source>
        <translation>{level}: something is going on about {topic}</translation>
    </message>
    <message>
        <source>{level}: er zijn bedreigingen binnengekomen</source>
        <translation>{level}: threats have come in</translation>
    </message>
    <message>
        <source>{level}: veel nieuwe schrijvers tegelijk</source>
        <translation>{level}: many new writers at once</translation>
    </message>
    <message>
        <source>{level}: meer negatieve reacties dan normaal</source>
        <translation>{level}: more negative comments than usual</translation>
    </message>
    <message>
        <source>Wat er gebeurt</source>
        <translation>What is happening</translation>
    </message>
    <message>
        <source>Reacties die meetellen</source>
        <translation>Comments that count</translation>
    </message>
    <message>
        <source>onbekend</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Eerste verklaring</source>
        <translation>Holding statement</translation>
    </message>
    <message>
        <source>Snel en eerlijk gaat voor perfect: zeg dat je het weet, wat je doet en wanneer mensen meer horen. Vul de gemarkeerde stukken met feiten die vaststaan; laat weg wat nog niet zeker is.</source>
        <translation>Fast and honest beats perfect: say that you know, what you are doing and when people will hear more. Fill the marked parts with established facts; leave out what is not yet certain.</translation>
    </message>
    <message>
        <source>Soort voorval</source>
        <translation>Kind of incident</translation>
    </message>
    <message>
        <source>Verklaring voor: </source>
        <translation>Statement for: </translation>
    </message>
    <message>
        <source>Opnieuw &amp;invullen</source>
        <translation>&amp;Fill in again</translation>
    </message>
    <message>
        <source>Zet de tekst terug naar de voorbereide verklaring van deze soort.</source>
        <translation>Put back the prepared statement for this kind.</translation>
    </message>
    <message>
        <source>Wie doet wat</source>
        <translation>Who does what</translation>
    </message>
    <message>
        <source>Nog niet iedereen heeft een rol: vul de namen in bij Crisisplan.</source>
        <translation>Not every role has a person yet: fill in the names in the crisis plan.</translation>
    </message>
    <message>
        <source>Als het uit de hand loopt</source>
        <translation>If it gets out of hand</translation>
    </message>
    <message>
        <source>Bericht bij het pauzeren van reacties</source>
        <translation>Message when pausing comments</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Kies een reactie</source>
        <translation>Choose a comment</translation>
    </message>
    <message>
        <source>De reactie</source>
        <translation>The comment</translation>
    </message>
    <message>
        <source>Gegeven antwoord</source>
        <translation>Reply given</translation>
    </message>
    <message>
        <source>Je kunt het antwoord hier aanpassen; de vorige tekst blijft bewaard.</source>
        <translation>You can change the reply here; the previous text is kept.</translation>
    </message>
    <message>
        <source>Reactie</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>&amp;Antwoord (aan te passen)</source>
        <translation>&amp;Reply (editable)</translation>
    </message>
    <message>
        <source>onbekende schrijver</source>
        <translation>unknown author</translation>
    </message>
    <message>
        <source>Geen reactie gekozen</source>
        <translation>No comment selected</translation>
    </message>
    <message>
        <source>(assistent stelde voor: {s})</source>
        <translation>(assistant suggested: {s})</translation>
    </message>
    <message>
        <source>Uitkomst</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Nog niet afgerond</source>
        <translation>Not finished yet</translation>
    </message>
    <message>
        <source>assistent</source>
        <translation>assistant</translation>
    </message>
    <message>
        <source>bedreiging</source>
        <translation>threat</translation>
    </message>
    <message>
        <source>haat tegen een groep</source>
        <translation>hate against a group</translation>
    </message>
    <message>
        <source>Nog geen les bij deze reactie.</source>
        <translation>No lesson for this comment yet.</translation>
    </message>
    <message>
        <source>Lessen</source>
        <translation>Lessons</translation>
    </message>
    <message>
        <source>↻ {who} had al {n} andere negatieve reacties. Reageer één keer inhoudelijk en vriendelijk, bied persoonlijk contact aan en laat het daarna los.</source>
        <translation>↻ {who} has already left {n} other negative comments. Reply once, properly and kindly, offer personal contact, and then let it go.</translation>
    </message>
    <message>
        <source>Aangepast, nog niet opgeslagen. &apos;Wijzigingen opslaan&apos; bewaart het; de vorige tekst blijft bewaard.</source>
        <translation>Changed, not saved yet. &apos;Save changes&apos; keeps it; the previous text is kept.</translation>
    </message>
</context>
<context>
    <name>FlowMap</name>
    <message>
        <source>Kaart van het stroomschema</source>
        <translation>Map of the flowchart</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Opvolging na de storm</source>
        <translation>Follow-up after the storm</translation>
    </message>
    <message>
        <source>De golf over {topic} is gaan liggen</source>
        <translation>The wave about {topic} has calmed down</translation>
    </message>
    <message>
        <source>Mensen willen weten hoe het afliep. Vertel kort wat er gebeurde, wat je hebt gedaan en wat er verandert; bied excuses aan waar dat past. Dit concept komt uit de {n} reacties en de lessen die je erbij schreef.</source>
        <translation>People want to know how it ended. Say briefly what happened, what you did and what changes; apologise where that fits. This draft comes from the {n} comments and the lessons you wrote with them.</translation>
    </message>
    <message>
        <source>Opvolgbericht</source>
        <translation>Follow-up post</translation>
    </message>
    <message>
        <source>&amp;Geplaatst, niet meer herinneren</source>
        <translation>&amp;Posted, stop reminding me</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Later</translation>
    </message>
    <message>
        <source>Niet opgeslagen</source>
        <translation>Not saved</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Geschiedenis</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Zoeken in reacties, antwoorden en lessen…</source>
        <translation>Search comments, replies and lessons…</translation>
    </message>
    <message>
        <source>Zoeken</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Maand</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Categorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Alle categorieën</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Alle statussen</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Alle platforms</source>
        <translation>All platforms</translation>
    </message>
    <message>
        <source>&amp;Zoek:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>Te&amp;r goedkeuring</source>
        <translation>Awaiting app&amp;roval</translation>
    </message>
    <message>
        <source>Toon alleen de antwoorden die op goedkeuring wachten.</source>
        <translation>Show only the replies that are waiting for approval.</translation>
    </message>
    <message>
        <source>Afgehandelde reacties</source>
        <translation>Handled comments</translation>
    </message>
    <message>
        <source>&amp;Niet gebruiken om bij te leren</source>
        <translation>&amp;Do not use for learning</translation>
    </message>
    <message>
        <source>De assistent leert niet van deze reactie.</source>
        <translation>The assistant does not learn from this comment.</translation>
    </message>
    <message>
        <source>{n} wachten op goedkeuring</source>
        <translation>{n} awaiting approval</translation>
    </message>
    <message>
        <source>Te&amp;r goedkeuring ({n})</source>
        <translation>Awaiting app&amp;roval ({n})</translation>
    </message>
    <message>
        <source>Kies of typ eerst bovenaan je naam.</source>
        <translation>First choose or type your name at the top.</translation>
    </message>
    <message>
        <source>Goedgekeurd door {who}. Het antwoord staat klaar om te plakken.</source>
        <translation>Approved by {who}. The reply is ready to paste.</translation>
    </message>
    <message>
        <source>Teruggestuurd door {who}, met je opmerking.</source>
        <translation>Sent back by {who}, with your comment.</translation>
    </message>
    <message>
        <source>Opnieuw ter goedkeuring aangeboden door {who}.</source>
        <translation>Offered for approval again by {who}.</translation>
    </message>
    <message>
        <source>Bijwerken</source>
        <translation>Update</translation>
    </message>
    <message>
        <source>Bijvoorbeeld als je hier bewust anders koos dan het schema voor deze reactie bedoelt.</source>
        <translation>For example when you deliberately chose differently from what the flowchart means for this comment.</translation>
    </message>
    <message>
        <source>Nieuwe les toevoegen…</source>
        <translation>Add a new lesson…</translation>
    </message>
    <message>
        <source>labels, met komma&apos;s</source>
        <translation>tags, separated by commas</translation>
    </message>
    <message>
        <source>Wijzigingen &amp;opslaan</source>
        <translation>Save &amp;changes</translation>
    </message>
    <message>
        <source>&amp;Verder met deze reactie</source>
        <translation>C&amp;ontinue with this comment</translation>
    </message>
    <message>
        <source>Alle maanden</source>
        <translation>All months</translation>
    </message>
    <message>
        <source>{n} reacties</source>
        <translation>{n} comments</translation>
    </message>
    <message>
        <source>{n} om op te volgen</source>
        <translation>{n} to follow up</translation>
    </message>
    <message>
        <source>Opslaan mislukt</source>
        <translation>Saving failed</translation>
    </message>
    <message>
        <source>Wijzigingen opgeslagen.</source>
        <translation>Changes saved.</translation>
    </message>
</context>
<context>
    <name>IntakePage</name>
    <message>
        <source>Nieuwe reactie</source>
        <translation>New comment</translation>
    </message>
    <message>
        <source>Plak hier de reactie, precies zoals hij online staat…</source>
        <translation>Paste the comment here, exactly as it appears online…</translation>
    </message>
    <message>
        <source>Tekst van de reactie</source>
        <translation>Text of the comment</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>naam of @gebruikersnaam</source>
        <translation>name or @username</translation>
    </message>
    <message>
        <source>Schrijver</source>
        <translation>Author</translation>
    </message>
    <message>
        <source>&amp;Geplaatst:</source>
        <translation>Po&amp;sted:</translation>
    </message>
    <message>
        <source>Stap voor st&amp;ap</source>
        <translation>Step by st&amp;ep</translation>
    </message>
    <message>
        <source>Elke vraag apart beantwoorden, met uitleg en voorbeeld</source>
        <translation>Answer each question separately, with explanation and example</translation>
    </message>
    <message>
        <source>&amp;Voorstel bekijken →</source>
        <translation>See the pr&amp;oposal →</translation>
    </message>
    <message>
        <source>Ctrl+Enter: de hele weg die de assistent voorstelt</source>
        <translation>Ctrl+Enter: the whole path the assistant proposes</translation>
    </message>
    <message>
        <source>Link naar de reactie</source>
        <translation>Link to the comment</translation>
    </message>
    <message>
        <source>&amp;Reactie:</source>
        <translation>&amp;Comment:</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>&amp;Platform:</translation>
    </message>
    <message>
        <source>&amp;Schrijver:</source>
        <translation>&amp;Author:</translation>
    </message>
    <message>
        <source>&amp;Link (optioneel):</source>
        <translation>&amp;Link (optional):</translation>
    </message>
</context>
<context>
    <name>LearnPanel</name>
    <message>
        <source>Assistent bijleren</source>
        <translation>Teach the assistant</translation>
    </message>
    <message>
        <source>De assistent kan leren van de zaken die jij hebt afgehandeld: jouw keuzes in het schema zeggen wat een reactie was. Dat gebeurt op deze computer; er gaat niets naar buiten. Je kunt altijd terug naar de vorige of de meegeleverde assistent.</source>
        <translation>The assistant can learn from the cases you have handled: your choices in the flowchart say what a comment was. This happens on this computer; nothing is sent anywhere. You can always go back to the previous or the shipped assistant.</translation>
    </message>
    <message>
        <source>Stand van de assistent</source>
        <translation>State of the assistant</translation>
    </message>
    <message>
        <source>Voortgang van het bijleren</source>
        <translation>Learning progress</translation>
    </message>
    <message>
        <source>Nu &amp;bijleren</source>
        <translation>&amp;Learn now</translation>
    </message>
    <message>
        <source>Een stap &amp;terug</source>
        <translation>One step &amp;back</translation>
    </message>
    <message>
        <source>Terug naar de vorige bijgeleerde assistent, of naar de meegeleverde</source>
        <translation>Back to the previously taught assistant, or to the shipped one</translation>
    </message>
    <message>
        <source>Eigen assistent, bijgeleerd op {date} van {n} zaken (op je eigen zaken {before} → {after} juist).</source>
        <translation>Your own assistant, taught on {date} from {n} cases (right on your own cases: {before} → {after}).</translation>
    </message>
    <message>
        <source>De meegeleverde assistent: nog niet bijgeleerd van je eigen zaken.</source>
        <translation>The shipped assistant: not yet taught from your own cases.</translation>
    </message>
    <message>
        <source>{n} afgehandelde zaken om van te leren, {new} nieuw.</source>
        <translation>{n} handled cases to learn from, {new} new.</translation>
    </message>
    <message>
        <source>Alleen bekijken: bij een geschiedenis van een nieuwere versie leert de assistent niet bij.</source>
        <translation>View only: the assistant does not learn from a history of a newer version.</translation>
    </message>
    <message>
        <source>Bezig met bijleren… je kunt gewoon doorwerken.</source>
        <translation>Learning… you can keep working.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Reageerwijzer</source>
        <translation>Reageerwijzer</translation>
    </message>
    <message>
        <source>Onderdelen</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Oefenen</source>
        <translation>Practice</translation>
    </message>
    <message>
        <source>Maandrapport</source>
        <translation>Monthly report</translation>
    </message>
    <message>
        <source>Nieuwe reactie</source>
        <translation>New comment</translation>
    </message>
    <message>
        <source>Geschiedenis</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Profiel en instellingen</source>
        <translation>Profile and settings</translation>
    </message>
    <message>
        <source>Assistent: wacht</source>
        <translation>Assistant: waiting</translation>
    </message>
    <message>
        <source>Assistent wordt geladen…</source>
        <translation>Loading assistant…</translation>
    </message>
    <message>
        <source>Assistent klaar</source>
        <translation>Assistant ready</translation>
    </message>
    <message>
        <source>Assistent niet beschikbaar</source>
        <translation>Assistant not available</translation>
    </message>
    <message>
        <source>Assistent bijleren ({n} nieuwe zaken)…</source>
        <translation>Teach the assistant ({n} new cases)…</translation>
    </message>
    <message>
        <source>een onbekende schrijver</source>
        <translation>an unknown author</translation>
    </message>
    <message>
        <source>Verder waar je was?</source>
        <translation>Pick up where you left off?</translation>
    </message>
    <message>
        <source>Je was nog bezig met een reactie van {who}:</source>
        <translation>You were still working on a comment from {who}:</translation>
    </message>
    <message>
        <source>&amp;Verder gaan</source>
        <translation>&amp;Continue</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Later</translation>
    </message>
    <message>
        <source>&amp;Weggooien</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <source>Bestand niet geopend</source>
        <translation>File not opened</translation>
    </message>
    <message>
        <source>Je werkt verder in het huidige bestand.</source>
        <translation>You&apos;ll carry on working in the current file.</translation>
    </message>
    <message>
        <source>Geschiedenis geopend: {path}</source>
        <translation>History opened: {path}</translation>
    </message>
    <message>
        <source>Terugzetten mislukt</source>
        <translation>Restoring failed</translation>
    </message>
    <message>
        <source>Reservekopie teruggezet</source>
        <translation>Backup restored</translation>
    </message>
    <message>
        <source>De vorige geschiedenis is bewaard als {path}.</source>
        <translation>The previous history has been kept as {path}.</translation>
    </message>
</context>
<context>
    <name>OutcomePage</name>
    <message>
        <source>De reactie</source>
        <translation>The comment</translation>
    </message>
    <message>
        <source>Advies</source>
        <translation>Advice</translation>
    </message>
    <message>
        <source>Je antwoord</source>
        <translation>Your reply</translation>
    </message>
    <message>
        <source>Kernelementen: vink af wat je antwoord heeft.</source>
        <translation>Key points: tick off what your reply includes.</translation>
    </message>
    <message>
        <source>Concept van het antwoord</source>
        <translation>Draft of the reply</translation>
    </message>
    <message>
        <source>Waarschuwing</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Eerst je veiligheid</source>
        <translation>Your safety first</translation>
    </message>
    <message>
        <source>Tab springt naar de volgende open plek en selecteert die</source>
        <translation>Tab jumps to the next open slot and selects it</translation>
    </message>
    <message>
        <source>Aantal tekens</source>
        <translation>Number of characters</translation>
    </message>
    <message>
        <source>Tab in het antwoord: naar de volgende open plek</source>
        <translation>Tab in the reply: to the next open slot</translation>
    </message>
    <message>
        <source>Korte &amp;versie</source>
        <translation>S&amp;hort version</translation>
    </message>
    <message>
        <source>&amp;Luchtige reactie gebruiken</source>
        <translation>Use &amp;light-hearted reply</translation>
    </message>
    <message>
        <source>&amp;Kopiëren</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Reacties &amp;pauzeren…</source>
        <translation>&amp;Pause comments…</translation>
    </message>
    <message>
        <source>Een eerlijke tekst voor als een discussie onder je bericht uit de hand loopt</source>
        <translation>An honest message for when a discussion under your post gets out of hand</translation>
    </message>
    <message>
        <source>Nog 1 open plek: invullen (Tab)</source>
        <translation>1 open slot left: fill it in (Tab)</translation>
    </message>
    <message>
        <source>Nog {n} open plekken: invullen (Tab)</source>
        <translation>{n} open slots left: fill them in (Tab)</translation>
    </message>
    <message>
        <source>Reacties tijdelijk uitzetten</source>
        <translation>Turn comments off for a while</translation>
    </message>
    <message>
        <source>Loopt de discussie onder je bericht uit de hand? Zet de reacties dan tijdelijk uit, maar zeg eerlijk waarom. Bijvoorbeeld:</source>
        <translation>Is the discussion under your post getting out of hand? Then turn comments off for a while, but say honestly why. For example:</translation>
    </message>
    <message>
        <source>Je antwoord heeft nog {n} open plek(ken) [vul in: …]. Zo kan het niet als ‘{status}’.</source>
        <translation>Your reply still has {n} open slot(s) [vul in: …]. It cannot be saved as ‘{status}’ like this.</translation>
    </message>
    <message>
        <source>Opslaan als ‘{status}’</source>
        <translation>Save as ‘{status}’</translation>
    </message>
    <message>
        <source>Eerst invullen</source>
        <translation>Fill in first</translation>
    </message>
    <message>
        <source>Opslaan in de geschiedenis</source>
        <translation>Save to history</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Opvolgen op</source>
        <translation>Follow up on</translation>
    </message>
    <message>
        <source>Opvolgdatum</source>
        <translation>Follow-up date</translation>
    </message>
    <message>
        <source>Wat neem je mee uit deze reactie? (optioneel)</source>
        <translation>What do you take away from this comment? (optional)</translation>
    </message>
    <message>
        <source>Geleerde les</source>
        <translation>Lesson learned</translation>
    </message>
    <message>
        <source>bijv. levering, toon, snelheid</source>
        <translation>e.g. delivery, tone, speed</translation>
    </message>
    <message>
        <source>Labels bij de les</source>
        <translation>Tags for the lesson</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>St&amp;atus:</translation>
    </message>
    <message>
        <source>L&amp;es:</source>
        <translation>L&amp;esson:</translation>
    </message>
    <message>
        <source>La&amp;bels:</source>
        <translation>&amp;Tags:</translation>
    </message>
    <message>
        <source>← &amp;Terug</source>
        <translation>← &amp;Back</translation>
    </message>
    <message>
        <source>&amp;Opslaan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>{n} / {limit} tekens</source>
        <translation>{n} / {limit} characters</translation>
    </message>
    <message>
        <source>te lang voor {p}</source>
        <translation>too long for {p}</translation>
    </message>
    <message>
        <source>{n} tekens</source>
        <translation>{n} characters</translation>
    </message>
    <message>
        <source>Nog open plekken</source>
        <translation>Open slots left</translation>
    </message>
    <message>
        <source>Vul eerst de gemarkeerde plekken in; anders komt er &apos;[vul in: …]&apos; online te staan:</source>
        <translation>Fill in the highlighted slots first; otherwise &apos;[vul in: …]&apos; will end up online:</translation>
    </message>
    <message>
        <source>Controleer het antwoord</source>
        <translation>Check the reply</translation>
    </message>
    <message>
        <source>Toch kopiëren?</source>
        <translation>Copy anyway?</translation>
    </message>
    <message>
        <source>Antwoord gekopieerd: plak het op het platform.</source>
        <translation>Reply copied: paste it on the platform.</translation>
    </message>
</context>
<context>
    <name>PathPage</name>
    <message>
        <source>Voorstel van de assistent</source>
        <translation>Assistant&apos;s suggestion</translation>
    </message>
    <message>
        <source>De reactie</source>
        <translation>The comment</translation>
    </message>
    <message>
        <source>Uitkomst van dit pad</source>
        <translation>Outcome of this path</translation>
    </message>
    <message>
        <source>← &amp;Terug</source>
        <translation>← &amp;Back</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>&amp;Stap voor stap</source>
        <translation>&amp;Step by step</translation>
    </message>
    <message>
        <source>Elke vraag apart beantwoorden, met uitleg en voorbeeld</source>
        <translation>Answer each question separately, with explanation and example</translation>
    </message>
    <message>
        <source>&amp;Klopt →</source>
        <translation>&amp;Correct →</translation>
    </message>
    <message>
        <source>Enter: naar de uitkomst</source>
        <translation>Enter: to the outcome</translation>
    </message>
    <message>
        <source>Zo loopt de assistent het schema door. Klopt het? Druk op Enter. Anders: Wijzigen bij een stap.</source>
        <translation>This is how the assistant walks the chart. Is it right? Press Enter. If not: Change at a step.</translation>
    </message>
    <message>
        <source>Uitkomst: {title}</source>
        <translation>Outcome: {title}</translation>
    </message>
    <message>
        <source>De assistent leest nog mee; zijn voorstel verschijnt zo. Je kunt ook zelf kiezen.</source>
        <translation>The assistant is still reading; its proposal appears shortly. You can also choose yourself.</translation>
    </message>
    <message>
        <source>De assistent weet het bij de laatste vraag niet zeker: kies daar zelf.</source>
        <translation>The assistant is not sure at the last question: choose there yourself.</translation>
    </message>
    <message>
        <source>Uitkomst: nog niet bekend</source>
        <translation>Outcome: not known yet</translation>
    </message>
    <message>
        <source>De assistent heeft hier geen voorstel: dit weet alleen jij. Kies zelf.</source>
        <translation>The assistant has no proposal here: only you know this. Choose yourself.</translation>
    </message>
    <message>
        <source>De assistent twijfelt tussen ‘{first}’ en ‘{second}’ ({reading}). Kies zelf.</source>
        <translation>The assistant is unsure between ‘{first}’ and ‘{second}’ ({reading}). Choose yourself.</translation>
    </message>
    <message>
        <source>voorstel: de assistent ziet &apos;{flag}&apos; in de reactie</source>
        <translation>proposal: the assistant sees &apos;{flag}&apos; in the comment</translation>
    </message>
    <message>
        <source>voorstel, {p} zeker</source>
        <translation>proposal, {p} sure</translation>
    </message>
    <message>
        <source>vanwege: {words}</source>
        <translation>because of: {words}</translation>
    </message>
</context>
<context>
    <name>PersonChooser</name>
    <message>
        <source>Je naam</source>
        <translation>Your name</translation>
    </message>
    <message>
        <source>Wie nu met Reageerwijzer werkt. Dit is een naam op deze computer, geen account en geen wachtwoord: iedereen hier kan elke naam kiezen. De naam wordt vastgelegd bij wat je opstelt, goedkeurt, terugstuurt of aanpast.</source>
        <translation>Who is working with Reageerwijzer now. This is a name on this computer, not an account and no password: anyone here can choose any name. The name is recorded with what you draft, approve, send back or change.</translation>
    </message>
    <message>
        <source>typ je naam</source>
        <translation>type your name</translation>
    </message>
    <message>
        <source>&amp;Je naam:</source>
        <translation>&amp;Your name:</translation>
    </message>
    <message>
        <source>(op deze computer, geen account)</source>
        <translation>(on this computer, not an account)</translation>
    </message>
</context>
<context>
    <name>PostedChoice</name>
    <message>
        <source>Onbekend (telt niet mee voor je reactietijd)</source>
        <translation>Unknown (not counted in your response time)</translation>
    </message>
    <message>
        <source>Net geplaatst</source>
        <translation>Just posted</translation>
    </message>
    <message>
        <source>Vandaag om…</source>
        <translation>Today at…</translation>
    </message>
    <message>
        <source>Op datum en tijd…</source>
        <translation>On date and time…</translation>
    </message>
    <message>
        <source>Geplaatst op</source>
        <translation>Posted on</translation>
    </message>
    <message>
        <source>Tijd van plaatsen, vandaag</source>
        <translation>Time of posting, today</translation>
    </message>
    <message>
        <source>Datum en tijd van plaatsen</source>
        <translation>Date and time of posting</translation>
    </message>
</context>
<context>
    <name>PracticeView</name>
    <message>
        <source>Oefenen</source>
        <translation>Practice</translation>
    </message>
    <message>
        <source>Soort oefening</source>
        <translation>Kind of exercise</translation>
    </message>
    <message>
        <source>Oefencasussen</source>
        <translation>Practice cases</translation>
    </message>
    <message>
        <source>Crisisoefening</source>
        <translation>Crisis exercise</translation>
    </message>
</context>
<context>
    <name>PrivacyDialog</name>
    <message>
        <source>Privacy</source>
        <translation>Privacy</translation>
    </message>
    <message>
        <source>Bewaartermijn</source>
        <translation>Retention period</translation>
    </message>
    <message>
        <source>Iemand wissen</source>
        <translation>Erase someone</translation>
    </message>
    <message>
        <source>Verwerkingsregister</source>
        <translation>Record of processing</translation>
    </message>
    <message>
        <source>Gegevens worden gelezen…</source>
        <translation>Reading the data…</translation>
    </message>
    <message>
        <source>Hoe lang bewaar je namen en teksten van de mensen die reageren? Na deze termijn haalt Reageerwijzer naam, account, link en namen in de tekst uit een zaak; de zaak zelf telt zonder namen mee in de cijfers. Dit gebeurt bij elke start vanzelf.</source>
        <translation>How long do you keep the names and texts of the people who comment? After this period Reageerwijzer removes the name, account, link and names in the text from a case; the case itself still counts in the figures, without names. This happens automatically at every start.</translation>
    </message>
    <message>
        <source> maanden</source>
        <translation> months</translation>
    </message>
    <message>
        <source>Bewaartermijn in maanden</source>
        <translation>Retention period in months</translation>
    </message>
    <message>
        <source>Waarom deze termijn? Dit komt in je verwerkingsregister.</source>
        <translation>Why this period? This goes into your record of processing.</translation>
    </message>
    <message>
        <source>Reden voor de bewaartermijn</source>
        <translation>Reason for the retention period</translation>
    </message>
    <message>
        <source>Reden</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Opslaan en toepassen</source>
        <translation>Save and apply</translation>
    </message>
    <message>
        <source>Vraagt iemand om zijn gegevens te wissen? Dan verdwijnen hier al zijn zaken (ook onafgemaakte), de lessen die hem noemen en zijn naam uit alle andere teksten en uit het zoekregister. Het bestand wordt daarna opnieuw opgebouwd, zodat de naam nergens meer in staat. Alleen dát er gewist is, wordt bewaard (datum en aantal), niet de naam. Dit kan niet ongedaan worden gemaakt.</source>
        <translation>Has someone asked you to erase their data? Then all their cases (unfinished ones too), the lessons that name them and their name in every other text and in the search index disappear. The file is then rebuilt, so the name is nowhere in it any more. Only the fact that something was erased is kept (date and number), not the name. This cannot be undone.</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Wissen op naam of account</source>
        <translation>Erase by name or account</translation>
    </message>
    <message>
        <source>bijvoorbeeld Jan de Vries of @jandevries</source>
        <translation>for example Jan de Vries or @jandevries</translation>
    </message>
    <message>
        <source>Naam of account van de persoon</source>
        <translation>Name or account of the person</translation>
    </message>
    <message>
        <source>Wissen…</source>
        <translation>Erase…</translation>
    </message>
    <message>
        <source>Resultaat</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Resultaat van het wissen</source>
        <translation>Result of the erasure</translation>
    </message>
    <message>
        <source>Deze tekst kun je in je verwerkingsregister zetten. Hij volgt je instellingen; vul aan wat voor jouw bedrijf anders is.</source>
        <translation>You can put this text into your record of processing. It follows your settings; add whatever is different for your business.</translation>
    </message>
    <message>
        <source>Tekst voor het verwerkingsregister</source>
        <translation>Text for the record of processing</translation>
    </message>
    <message>
        <source>Kopiëren</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Bewaartermijn wordt opgeslagen en toegepast…</source>
        <translation>Saving and applying the retention period…</translation>
    </message>
    <message>
        <source>Bewaartermijn opgeslagen: {months} maanden. {count} zaken geanonimiseerd.</source>
        <translation>Retention period saved: {months} months. {count} cases anonymised.</translation>
    </message>
    <message>
        <source>Definitief wissen?</source>
        <translation>Erase for good?</translation>
    </message>
    <message>
        <source>Alles over “{who}” wordt gewist. Dit kan niet ongedaan worden gemaakt. Doorgaan?</source>
        <translation>Everything about “{who}” will be erased. This cannot be undone. Continue?</translation>
    </message>
    <message>
        <source>Bezig met wissen en het bestand opnieuw opbouwen; even geduld…</source>
        <translation>Erasing and rebuilding the file; one moment…</translation>
    </message>
    <message>
        <source>Gewist.</source>
        <translation>Erased.</translation>
    </message>
    <message>
        <source>De tekst staat op het klembord.</source>
        <translation>The text is on the clipboard.</translation>
    </message>
    <message>
        <source>&amp;Gegevens</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <source>&amp;Privacy en bewaartermijn…</source>
        <translation>&amp;Privacy and retention…</translation>
    </message>
    <message>
        <source>{count} zaken voorbij de bewaartermijn zijn geanonimiseerd.</source>
        <translation>{count} cases past the retention period have been anonymised.</translation>
    </message>
</context>
<context>
    <name>QuestionPage</name>
    <message>
        <source>De reactie</source>
        <translation>The comment</translation>
    </message>
    <message>
        <source>Voorstel van de assistent</source>
        <translation>Assistant&apos;s suggestion</translation>
    </message>
    <message>
        <source>← &amp;Terug</source>
        <translation>← &amp;Back</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>&amp;Volgende →</source>
        <translation>&amp;Next →</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Vraag {n}</source>
        <translation>Question {n}</translation>
    </message>
    <message>
        <source>Voorbeeld: {example}</source>
        <translation>Example: {example}</translation>
    </message>
    <message>
        <source>voorstel assistent</source>
        <translation>assistant&apos;s suggestion</translation>
    </message>
    <message>
        <source>misschien</source>
        <translation>maybe</translation>
    </message>
    <message>
        <source>De assistent twijfelt tussen ‘{first}’ en ‘{second}’.</source>
        <translation>The assistant is unsure between ‘{first}’ and ‘{second}’.</translation>
    </message>
    <message>
        <source>Hij leest dit als {reading}.</source>
        <translation>It reads this as {reading}.</translation>
    </message>
    <message>
        <source>Lees de reactie nog eens en kies zelf; er is niets vooraf gekozen.</source>
        <translation>Read the comment again and choose yourself; nothing has been preselected.</translation>
    </message>
    <message>
        <source>de assistent ziet &apos;{flag}&apos; in de reactie</source>
        <translation>the assistant sees &apos;{flag}&apos; in the comment</translation>
    </message>
    <message>
        <source>vanwege: {words}</source>
        <translation>because of: {words}</translation>
    </message>
    <message>
        <source>Voorstel van de assistent: {answer}</source>
        <translation>Assistant&apos;s suggestion: {answer}</translation>
    </message>
    <message>
        <source>Jij beslist: kies gerust iets anders.</source>
        <translation>You decide: feel free to choose something else.</translation>
    </message>
    <message>
        <source>De assistent wordt geladen… je kunt alvast zelf kiezen.</source>
        <translation>The assistant is loading… you can already choose yourself.</translation>
    </message>
    <message>
        <source>De assistent is niet beschikbaar; kies zelf het beste antwoord.</source>
        <translation>The assistant is not available; choose the best answer yourself.</translation>
    </message>
    <message>
        <source>De assistent heeft hier geen voorstel: dit weet alleen jij.</source>
        <translation>The assistant has no suggestion here: only you know this.</translation>
    </message>
</context>
<context>
    <name>RadarBanner</name>
    <message>
        <source>Crisisradar</source>
        <translation>Crisis radar</translation>
    </message>
    <message>
        <source>Niet nu</source>
        <translation>Not now</translation>
    </message>
    <message>
        <source>Crisis</source>
        <translation>Crisis</translation>
    </message>
    <message>
        <source>Verhoogd</source>
        <translation>Raised</translation>
    </message>
    <message>
        <source>Crisisradar: {level}. {reason}</source>
        <translation>Crisis radar: {level}. {reason}</translation>
    </message>
    <message>
        <source>&amp;Bekijk wat er speelt…</source>
        <translation>&amp;See what is going on…</translation>
    </message>
    <message>
        <source>De golf over {topic} is gaan liggen. Laat weten wat er gebeurde, wat je hebt gedaan en wat er verandert.</source>
        <translation>The wave about {topic} has calmed down. Tell people what happened, what you did and what changes.</translation>
    </message>
    <message>
        <source>&amp;Opvolging schrijven…</source>
        <translation>&amp;Write follow-up…</translation>
    </message>
</context>
<context>
    <name>ReadOnly</name>
    <message>
        <source>Alleen bekijken: deze geschiedenis is gemaakt met een nieuwere versie van Reageerwijzer. Je kunt zaken en rapporten bekijken, maar niets opslaan. Werk Reageerwijzer bij om verder te werken.</source>
        <translation>View only: this history was made with a newer version of Reageerwijzer. You can look at cases and reports, but nothing can be saved. Update Reageerwijzer to continue working.</translation>
    </message>
    <message>
        <source>Alleen-lezen</source>
        <translation>Read-only</translation>
    </message>
    <message>
        <source>Niet beschikbaar: alleen bekijken</source>
        <translation>Not available: view only</translation>
    </message>
    <message>
        <source>{title} — alleen bekijken</source>
        <translation>{title} — view only</translation>
    </message>
</context>
<context>
    <name>ReplyFeedback</name>
    <message>
        <source>Begrip voor de schrijver</source>
        <translation>Understanding for the writer</translation>
    </message>
    <message>
        <source>Privé verder</source>
        <translation>Continue in private</translation>
    </message>
    <message>
        <source>Geen verwijt</source>
        <translation>No blame</translation>
    </message>
    <message>
        <source>Lengte</source>
        <translation>Length</translation>
    </message>
    <message>
        <source>Als mens ondertekend</source>
        <translation>Signed by a person</translation>
    </message>
    <message>
        <source>Toon die bij het platform past</source>
        <translation>A tone that fits the platform</translation>
    </message>
    <message>
        <source>Waardering</source>
        <translation>Appreciation</translation>
    </message>
    <message>
        <source>Bron bij de feiten</source>
        <translation>A source for the facts</translation>
    </message>
    <message>
        <source>Te lang voor {platform}: {length} van de {limit} tekens. Schrap wat niet nodig is.</source>
        <translation>Too long for {platform}: {length} of {limit} characters. Cut what is not needed.</translation>
    </message>
    <message>
        <source>Te kort: {words} woorden. Een antwoord dat de schrijver serieus neemt, heeft er minstens {min} nodig.</source>
        <translation>Too short: {words} words. A reply that takes the writer seriously needs at least {min}.</translation>
    </message>
    <message>
        <source>Op {platform} kan de schrijver je geen privébericht sturen (&apos;{found}&apos;): geef een mailadres of telefoonnummer.</source>
        <translation>On {platform} the writer cannot send you a private message (&apos;{found}&apos;): give an email address or phone number.</translation>
    </message>
    <message>
        <source>Toon eerst begrip: laat merken dat je snapt waarom de schrijver baalt, en bied excuses aan waar iets misging.</source>
        <translation>Show understanding first: let the writer see you get why they are upset, and apologise where something went wrong.</translation>
    </message>
    <message>
        <source>Bied aan om privé verder te praten: per privébericht, mail of telefoon.</source>
        <translation>Offer to continue in private: by private message, email or phone.</translation>
    </message>
    <message>
        <source>&apos;{found}&apos; legt de schuld bij de schrijver. Laat elk verwijt weg.</source>
        <translation>&apos;{found}&apos; puts the blame on the writer. Leave out every reproach.</translation>
    </message>
    <message>
        <source>Sluit af met je voornaam: mensen praten liever met een mens dan met een bedrijf.</source>
        <translation>Sign with your first name: people would rather talk to a person than to a company.</translation>
    </message>
    <message>
        <source>&apos;{found}&apos; is briefstijl; op {platform} schrijf je zoals in een gesprek.</source>
        <translation>&apos;{found}&apos; is letter style; on {platform} write as you would talk.</translation>
    </message>
    <message>
        <source>Laat merken dat je blij bent met het bericht en bedank de schrijver.</source>
        <translation>Show that you are glad with the message and thank the writer.</translation>
    </message>
    <message>
        <source>Zeg waar de feiten vandaan komen, bijvoorbeeld met een link naar je website of een officieel bericht.</source>
        <translation>Say where the facts come from, for example with a link to your website or an official notice.</translation>
    </message>
    <message>
        <source>Je antwoord haalt {passed} van de {total} punten waar een goed antwoord aan voldoet.</source>
        <translation>Your reply meets {passed} of the {total} points a good reply meets.</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <source>Maandrapport</source>
        <translation>Monthly report</translation>
    </message>
    <message>
        <source>Wat zeiden mensen deze maand, hoe snel reageerde je, wat liep er mis en wat heb je geleerd? Bekijk het hier en bewaar het als PDF om te lezen of te delen, of als CSV voor een spreadsheet.</source>
        <translation>What did people say this month, how fast did you reply, what went wrong and what did you learn? Look at it here and save it as a PDF to read or share, or as a CSV for a spreadsheet.</translation>
    </message>
    <message>
        <source>Maand</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Namen tonen</source>
        <translation>Show names</translation>
    </message>
    <message>
        <source>Namen vervangen door &apos;Schrijver 1, 2, …&apos;</source>
        <translation>Replace names with &apos;Schrijver 1, 2, …&apos;</translation>
    </message>
    <message>
        <source>Namen weglaten</source>
        <translation>Leave names out</translation>
    </message>
    <message>
        <source>Namen van schrijvers</source>
        <translation>Authors&apos; names</translation>
    </message>
    <message>
        <source>&amp;Maand:</source>
        <translation>&amp;Month:</translation>
    </message>
    <message>
        <source>&amp;Voorbeeld bijwerken</source>
        <translation>&amp;Update preview</translation>
    </message>
    <message>
        <source>Als &amp;PDF bewaren…</source>
        <translation>Save as &amp;PDF…</translation>
    </message>
    <message>
        <source>Als &amp;CSV bewaren…</source>
        <translation>Save as &amp;CSV…</translation>
    </message>
    <message>
        <source>Bezig</source>
        <translation>Working</translation>
    </message>
    <message>
        <source>Voorbeeld van het rapport</source>
        <translation>Report preview</translation>
    </message>
    <message>
        <source>Het is niet gelukt: {e}</source>
        <translation>That didn&apos;t work: {e}</translation>
    </message>
    <message>
        <source>Rapport voor {m} wordt gemaakt…</source>
        <translation>Making the report for {m}…</translation>
    </message>
    <message>
        <source>Pagina {n}</source>
        <translation>Page {n}</translation>
    </message>
    <message>
        <source>{title}: {n} reacties, {p} pagina(&apos;s).</source>
        <translation>{title}: {n} comments, {p} page(s).</translation>
    </message>
    <message>
        <source>CSV voor Excel/LibreOffice (*.csv)</source>
        <translation>CSV for Excel/LibreOffice (*.csv)</translation>
    </message>
    <message>
        <source>Maandrapport bewaren</source>
        <translation>Save monthly report</translation>
    </message>
    <message>
        <source>Bezig met bewaren…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Bewaard als {path}</source>
        <translation>Saved as {path}</translation>
    </message>
</context>
<context>
    <name>RevisionList</name>
    <message>
        <source>Eerdere versies van het antwoord ({n})</source>
        <translation>Earlier versions of the reply ({n})</translation>
    </message>
    <message>
        <source>iemand zonder naam</source>
        <translation>someone without a name</translation>
    </message>
    <message>
        <source>{when}, aangepast door {who}. Daarvoor stond er:</source>
        <translation>{when}, changed by {who}. Before, it said:</translation>
    </message>
    <message>
        <source>(leeg)</source>
        <translation>(empty)</translation>
    </message>
</context>
<context>
    <name>SafetyMarks</name>
    <message>
        <source>Zag de assistent iets over het hoofd?</source>
        <translation>Did the assistant miss something?</translation>
    </message>
    <message>
        <source>Toon eerst wat je doet bij een bedreiging: melden, bewijs bewaren, politie</source>
        <translation>Show first what to do about a threat: report it, keep evidence, police</translation>
    </message>
    <message>
        <source>Er zit een bedre&amp;iging in</source>
        <translation>It contains a th&amp;reat</translation>
    </message>
    <message>
        <source>Haat tegen een g&amp;roep</source>
        <translation>Hate a&amp;gainst a group</translation>
    </message>
    <message>
        <source>Toon eerst wat je doet bij haat of discriminatie: melden, bewijs bewaren, politie</source>
        <translation>Show first what to do about hate or discrimination: report it, keep evidence, police</translation>
    </message>
    <message>
        <source>De assistent zag dit al</source>
        <translation>The assistant already saw this</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>Naam van het bedrijf</source>
        <translation>Business name</translation>
    </message>
    <message>
        <source>Soort bedrijf (bijv. bakkerij)</source>
        <translation>Type of business (e.g. bakery)</translation>
    </message>
    <message>
        <source>E-mailadres voor klanten</source>
        <translation>Email address for customers</translation>
    </message>
    <message>
        <source>Telefoonnummer voor klanten</source>
        <translation>Phone number for customers</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Adres</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Openingstijden</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <source>Bezorging</source>
        <translation>Delivery</translation>
    </message>
    <message>
        <source>Ruilen en retourneren</source>
        <translation>Exchanges and returns</translation>
    </message>
    <message>
        <source>Betalen</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>Feestdagen en sluitingsdagen</source>
        <translation>Holidays and closing days</translation>
    </message>
    <message>
        <source>Toegankelijkheid</source>
        <translation>Accessibility</translation>
    </message>
    <message>
        <source>Parkeren</source>
        <translation>Parking</translation>
    </message>
    <message>
        <source>Profiel en instellingen</source>
        <translation>Profile and settings</translation>
    </message>
    <message>
        <source>Bedrijfsprofiel en instellingen</source>
        <translation>Business profile and settings</translation>
    </message>
    <message>
        <source>Conceptreacties gebruiken alleen wat hier staat. Laat je iets leeg, dan krijg je in het concept een open plek om zelf in te vullen; de app verzint niets.</source>
        <translation>Draft replies only use what is entered here. If you leave something empty, the draft gets an open slot for you to fill in yourself; the app never makes anything up.</translation>
    </message>
    <message>
        <source>Status van het profiel</source>
        <translation>Profile status</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Je profiel heeft wijzigingen die nog niet zijn opgeslagen.</source>
        <translation>Your profile has changes that are not saved yet.</translation>
    </message>
    <message>
        <source>Je hebt het bedrijfsprofiel gewijzigd. Wil je de wijzigingen opslaan?</source>
        <translation>You changed the business profile. Do you want to save the changes?</translation>
    </message>
    <message>
        <source>&amp;Opslaan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Niet opslaan</source>
        <translation>&amp;Don&apos;t save</translation>
    </message>
    <message>
        <source>&amp;Annuleren</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Toon</source>
        <translation>Tone</translation>
    </message>
    <message>
        <source>bijv. Marieke, Joost</source>
        <translation>e.g. Marieke, Joost</translation>
    </message>
    <message>
        <source>Voornamen die ondertekenen</source>
        <translation>First names to sign with</translation>
    </message>
    <message>
        <source>je (informeel, meest gebruikt)</source>
        <translation>je (informal Dutch &apos;you&apos;, most common)</translation>
    </message>
    <message>
        <source>u (formeel)</source>
        <translation>u (formal Dutch &apos;you&apos;)</translation>
    </message>
    <message>
        <source>Aanspreekvorm</source>
        <translation>Form of address</translation>
    </message>
    <message>
        <source>ik</source>
        <translation>ik (I)</translation>
    </message>
    <message>
        <source>wij</source>
        <translation>wij (we)</translation>
    </message>
    <message>
        <source>Schrijven als</source>
        <translation>Write as</translation>
    </message>
    <message>
        <source>Klanten mogen een privébericht sturen op het platform</source>
        <translation>Customers may send a private message on the platform</translation>
    </message>
    <message>
        <source>&amp;Ondertekenen met:</source>
        <translation>&amp;Sign with:</translation>
    </message>
    <message>
        <source>&amp;Aanspreekvorm:</source>
        <translation>&amp;Form of address:</translation>
    </message>
    <message>
        <source>Schrijven als:</source>
        <translation>Write as:</translation>
    </message>
    <message>
        <source>Gegevens</source>
        <translation>Business details</translation>
    </message>
    <message>
        <source>bijv. Tweede paasdag: dicht; Koningsdag: 8:00–13:00</source>
        <translation>e.g. Tweede paasdag: dicht; Koningsdag: 8:00–13:00</translation>
    </message>
    <message>
        <source>Veelgestelde vragen</source>
        <translation>Frequently asked questions</translation>
    </message>
    <message>
        <source>Vraag</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Antwoord</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Vraag &amp;toevoegen</source>
        <translation>&amp;Add question</translation>
    </message>
    <message>
        <source>Vraag &amp;weghalen</source>
        <translation>&amp;Remove question</translation>
    </message>
    <message>
        <source>Profiel op&amp;slaan</source>
        <translation>Save &amp;profile</translation>
    </message>
    <message>
        <source>Reservekopie terug&amp;zetten…</source>
        <translation>Res&amp;tore backup…</translation>
    </message>
    <message>
        <source>Geschiedenis en reservekopieën</source>
        <translation>History and backups</translation>
    </message>
    <message>
        <source>&amp;Reservekopie maken…</source>
        <translation>Make a &amp;backup…</translation>
    </message>
    <message>
        <source>Ander &amp;bestand openen…</source>
        <translation>&amp;Open another file…</translation>
    </message>
    <message>
        <source>Taal</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Volg het systeem</source>
        <translation>Same as system</translation>
    </message>
    <message>
        <source>Taal van het venster</source>
        <translation>Window language</translation>
    </message>
    <message>
        <source>Taal van het venster:</source>
        <translation>Window language:</translation>
    </message>
    <message>
        <source>Profiel</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>De geschiedenis staat in: {path}</source>
        <translation>The history is stored in: {path}</translation>
    </message>
    <message>
        <source>Profiel niet opgeslagen</source>
        <translation>Profile not saved</translation>
    </message>
    <message>
        <source>Controleer het profiel: {e}</source>
        <translation>Check the profile: {e}</translation>
    </message>
    <message>
        <source>Profiel opgeslagen.</source>
        <translation>Profile saved.</translation>
    </message>
    <message>
        <source>Reservekopie opslaan als</source>
        <translation>Save backup as</translation>
    </message>
    <message>
        <source>Reservekopie mislukt</source>
        <translation>Backup failed</translation>
    </message>
    <message>
        <source>Reservekopie gemaakt</source>
        <translation>Backup made</translation>
    </message>
    <message>
        <source>Opgeslagen als {path}</source>
        <translation>Saved as {path}</translation>
    </message>
    <message>
        <source>Reservekopie kiezen</source>
        <translation>Choose a backup</translation>
    </message>
    <message>
        <source>Reservekopie terugzetten?</source>
        <translation>Restore backup?</translation>
    </message>
    <message>
        <source>De huidige geschiedenis wordt vervangen door {src}. Er wordt eerst een kopie van de huidige geschiedenis bewaard. Doorgaan?</source>
        <translation>The current history will be replaced by {src}. A copy of the current history will be kept first. Continue?</translation>
    </message>
    <message>
        <source>Geschiedenisbestand kiezen of nieuw maken</source>
        <translation>Choose a history file or create a new one</translation>
    </message>
    <message>
        <source>De nieuwe taal is actief na het opnieuw starten.</source>
        <translation>The new language will be used after restarting the app.</translation>
    </message>
</context>
<context>
    <name>StepRow</name>
    <message>
        <source>Wijzigen</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Wijzig het antwoord op: {q}</source>
        <translation>Change the answer to: {q}</translation>
    </message>
    <message>
        <source>jouw keuze</source>
        <translation>your choice</translation>
    </message>
</context>
<context>
    <name>TeamBox</name>
    <message>
        <source>Goedkeuring</source>
        <translation>Approval</translation>
    </message>
    <message>
        <source>Wat moet er anders? Nodig om terug te sturen.</source>
        <translation>What should change? Needed to send it back.</translation>
    </message>
    <message>
        <source>Opmerking bij terugsturen</source>
        <translation>Comment when sending back</translation>
    </message>
    <message>
        <source>&amp;Goedkeuren en kopiëren</source>
        <translation>&amp;Approve and copy</translation>
    </message>
    <message>
        <source>Keurt het antwoord goed zoals het hierboven staat en zet het klaar om te plakken.</source>
        <translation>Approves the reply as it stands above and makes it ready to paste.</translation>
    </message>
    <message>
        <source>&amp;Terugsturen</source>
        <translation>Send &amp;back</translation>
    </message>
    <message>
        <source>Opnieuw ter goedkeuring aanbieden</source>
        <translation>Offer for approval again</translation>
    </message>
    <message>
        <source>iemand zonder naam</source>
        <translation>someone without a name</translation>
    </message>
    <message>
        <source>Wacht op goedkeuring</source>
        <translation>Awaiting approval</translation>
    </message>
    <message>
        <source>opgesteld door</source>
        <translation>drafted by</translation>
    </message>
    <message>
        <source>Teruggestuurd</source>
        <translation>Sent back</translation>
    </message>
    <message>
        <source>pas het antwoord aan en bied het opnieuw aan</source>
        <translation>change the reply and offer it again</translation>
    </message>
    <message>
        <source>Goedgekeurd door {who} op {when}</source>
        <translation>Approved by {who} on {when}</translation>
    </message>
    <message>
        <source>Opgesteld door</source>
        <translation>Drafted by</translation>
    </message>
    <message>
        <source>ter goedkeuring aangeboden</source>
        <translation>offered for approval</translation>
    </message>
    <message>
        <source>goedgekeurd</source>
        <translation>approved</translation>
    </message>
    <message>
        <source>teruggestuurd</source>
        <translation>sent back</translation>
    </message>
</context>
<context>
    <name>TraineeBar</name>
    <message>
        <source>Naam van de oefenaar</source>
        <translation>Trainee&apos;s name</translation>
    </message>
    <message>
        <source>Je naam</source>
        <translation>Your name</translation>
    </message>
    <message>
        <source>&amp;Oefenaar:</source>
        <translation>&amp;Trainee:</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welkom bij Reageerwijzer</source>
        <translation>Welcome to Reageerwijzer</translation>
    </message>
    <message>
        <source>Welkom! Even kennismaken met je bedrijf</source>
        <translation>Welcome! Tell us a little about your business</translation>
    </message>
    <message>
        <source>Dan staat in het eerste concept al je eigen naam, spreek je mensen aan zoals je dat gewend bent en weet de lezer hoe hij je privé bereikt. Alles is later te wijzigen onder &apos;Profiel en instellingen&apos;. Geen zin nu? Sla het gerust over.</source>
        <translation>Then the very first draft carries your own name, addresses people the way you are used to, and tells the reader how to reach you in private. You can change everything later under &apos;Profile and settings&apos;. Not now? Feel free to skip it.</translation>
    </message>
    <message>
        <source>&amp;Opslaan en beginnen</source>
        <translation>&amp;Save and start</translation>
    </message>
    <message>
        <source>O&amp;verslaan</source>
        <translation>S&amp;kip</translation>
    </message>
    <message>
        <source>bijv. Bakkerij De Korenschoof</source>
        <translation>e.g. De Korenschoof Bakery</translation>
    </message>
    <message>
        <source>bijv. Marieke</source>
        <translation>e.g. Marieke</translation>
    </message>
    <message>
        <source>je (informeel)</source>
        <translation>je (informal)</translation>
    </message>
    <message>
        <source>u (formeel)</source>
        <translation>u (formal)</translation>
    </message>
    <message>
        <source>ik</source>
        <translation>ik (I)</translation>
    </message>
    <message>
        <source>wij</source>
        <translation>wij (we)</translation>
    </message>
    <message>
        <source>bijv. info@jouwbedrijf.nl</source>
        <translation>e.g. info@yourbusiness.nl</translation>
    </message>
    <message>
        <source>bijv. 030-1234567</source>
        <translation>e.g. 030-1234567</translation>
    </message>
    <message>
        <source>Klanten mogen me een privébericht sturen op het platform</source>
        <translation>Customers may send me a private message on the platform</translation>
    </message>
    <message>
        <source>bijv. di–vr 8:00–18:00, za 8:00–16:00</source>
        <translation>e.g. Tue–Fri 8:00–18:00, Sat 8:00–16:00</translation>
    </message>
    <message>
        <source>&amp;Naam van je bedrijf:</source>
        <translation>&amp;Name of your business:</translation>
    </message>
    <message>
        <source>Je voo&amp;rnaam (onder elk antwoord):</source>
        <translation>Your fi&amp;rst name (under every reply):</translation>
    </message>
    <message>
        <source>&amp;Aanspreken met:</source>
        <translation>&amp;Address people as:</translation>
    </message>
    <message>
        <source>Schrijven als:</source>
        <translation>Write as:</translation>
    </message>
    <message>
        <source>&amp;E-mailadres voor klanten:</source>
        <translation>&amp;Email address for customers:</translation>
    </message>
    <message>
        <source>&amp;Telefoon voor klanten:</source>
        <translation>&amp;Phone for customers:</translation>
    </message>
    <message>
        <source>Open&amp;ingstijden:</source>
        <translation>Open&amp;ing hours:</translation>
    </message>
    <message>
        <source>Aanspreken met je</source>
        <translation>Address people as je</translation>
    </message>
    <message>
        <source>Aanspreken met u</source>
        <translation>Address people as u</translation>
    </message>
    <message>
        <source>Schrijven als ik</source>
        <translation>Write as I (ik)</translation>
    </message>
    <message>
        <source>Schrijven als wij</source>
        <translation>Write as we (wij)</translation>
    </message>
    <message>
        <source>Nog niet goed</source>
        <translation>Not quite right</translation>
    </message>
    <message>
        <source>Controleer: {e}</source>
        <translation>Please check: {e}</translation>
    </message>
    <message>
        <source>Profiel niet opgeslagen</source>
        <translation>Profile not saved</translation>
    </message>
</context>
<context>
    <name>WizardSide</name>
    <message>
        <source>Waar ben je?</source>
        <translation>Where are you?</translation>
    </message>
    <message>
        <source>Vakjes zijn vragen, rondjes uitkomsten. Blauw: jouw weg.</source>
        <translation>Boxes are questions, circles are outcomes. Blue: your path.</translation>
    </message>
    <message>
        <source>Assistent</source>
        <translation>Assistant</translation>
    </message>
</context>
<context>
    <name>WizardView</name>
    <message>
        <source>Assistent wordt geladen…</source>
        <translation>Loading assistant…</translation>
    </message>
    <message>
        <source>De assistent kon niet laden ({error}). Je kunt het schema gewoon zelf doorlopen.</source>
        <translation>The assistant could not load ({error}). You can simply work through the flowchart yourself.</translation>
    </message>
    <message>
        <source>Assistent klaar. Plak een reactie om mee te laten kijken.</source>
        <translation>Assistant ready. Paste a comment to let it take a look.</translation>
    </message>
    <message>
        <source>Assistent leest mee…</source>
        <translation>Assistant is reading along…</translation>
    </message>
    <message>
        <source>Wat je typte blijft bewaard: het staat er weer als je bij deze uitkomst terugkomt.</source>
        <translation>What you typed is kept: it is back when you return to this outcome.</translation>
    </message>
    <message>
        <source>Dat kan niet</source>
        <translation>That&apos;s not possible</translation>
    </message>
    <message>
        <source>Tussentijds bewaren lukte niet: {e}</source>
        <translation>Autosave failed: {e}</translation>
    </message>
    <message>
        <source>Opslaan mislukt</source>
        <translation>Saving failed</translation>
    </message>
    <message>
        <source>De zaak is niet opgeslagen: {error}

Je invoer staat er nog; probeer het opnieuw.</source>
        <translation>The case was not saved: {error}

Your input is still there; please try again.</translation>
    </message>
    <message>
        <source>Opgeslagen in de geschiedenis.</source>
        <translation>Saved to history.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Geschiedenis niet geopend</source>
        <translation>History not opened</translation>
    </message>
    <message>
        <source>Het bestand is niet aangeraakt. Kies een ander bestand, begin een nieuwe geschiedenis of sluit af.</source>
        <translation>The file has not been touched. Choose another file, start a new history or quit.</translation>
    </message>
    <message>
        <source>Alleen bekijken</source>
        <translation>View only</translation>
    </message>
    <message>
        <source>Ander bestand…</source>
        <translation>Another file…</translation>
    </message>
    <message>
        <source>Nieuwe geschiedenis</source>
        <translation>New history</translation>
    </message>
    <message>
        <source>Afsluiten</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Geschiedenisbestand</source>
        <translation>History file</translation>
    </message>
    <message>
        <source>Er ging iets mis</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <source>Er ging iets onverwachts mis: {error}

Je werk is tussentijds bewaard. Details staan in {log}.</source>
        <translation>Something unexpected went wrong: {error}

Your work so far has been saved. Details are in {log}.</translation>
    </message>
</context>
</TS>
