"""Word lists of news English used by :mod:`stance.article.attribution`.

Each list has one job, named by its comment; the rules never match a word outside them by
spelling alone. Extend a list when a general pattern of news text is missed, never for one
sentence.
"""

# Verbs that report a position or a statement: the subject of one is the speaker.
REPORTING_VERBS = frozenset("""
exclude excluded excludes excluding oppose opposed opposes opposing reject rejected rejecting
rejects
fault faulted faulting faults berate berated berates berating scold scolded scolds scolding
accept accepted accepting accepts accuse accused accuses accusing acknowledge acknowledged
acknowledges acknowledging add added adding adds admit admitted admitting admits advise advised
advises advising advocate advocated advocates advocating affirm affirmed affirming affirms agree
agreed agrees agreeing allege alleged alleges alleging announce announced announces announcing
answer answered answering answers appeal appealed appealing appeals argue argued argues arguing
ask asked asking asks assert asserted asserting asserts assess assessed assesses assessing
assure assured assures assuring back backed backing backs believe believed believes believing
blame blamed blames blaming blast blasted blasting blasts brand branded branding brands brief
briefed briefing briefs calculate calculated calculates calculating call called calling calls
caution cautioned cautioning cautions charge charged charges charging cite cited cites citing
claim claimed claiming claims clarified clarifies clarify clarifying comment commented
commenting comments commit committed committing commits complain complained complaining complains
concede conceded concedes conceding conclude concluded concludes concluding condemn condemned
condemning condemns confirm confirmed confirming confirms contend contended contending contends
counter countered countering counters criticise criticised criticises criticising criticize
criticized criticizes criticizing declare declared declares declaring decline declined declines
declining decried decries decry decrying defend defended defending defends demand demanded
demanding demands denied denies denounce denounced denounces denouncing deny denying deplore
deplored deplores deploring describe described describes describing detail detailed detailing
details determine determined determines determining disclose disclosed discloses disclosing
dismiss dismissed dismisses dismissing doubt doubted doubting doubts emphasise emphasised
emphasises emphasising emphasize emphasized emphasizes emphasizing endorse endorsed endorses
endorsing envisage envisaged envisages envisaging envision envisioned envisioning envisions
estimate estimated estimates estimating expect expected expecting expects explain explained
explaining explains express expressed expresses expressing favor favored favoring favors favour
favoured favouring favours fear feared fearing fears find finds forecast forecasted forecasting
forecasts found hail hailed hailing hails highlight highlighted highlighting highlights hint
hinted hinting hints hope hoped hopes hoping indicate indicated indicates indicating inform
informed informing informs insist insisted insisting insists judge judged judges judging label
labeled labeling labels lament lamented lamenting laments list listed listing lists maintain
maintained maintaining maintains mention mentioned mentioning mentions mock mocked mocking mocks
muse mused muses musing note noted notes noting observe observed observes observing offer
offered offering offers oppose opposed opposes opposing outline outlined outlines outlining
pledge pledged pledges pledging point pointed pointing points post posted posting posts praise
praised praises praising predict predicted predicting predicts press pressed presses pressing
promise promised promises promising propose proposed proposes proposing put puts question
questioned questioning questions reaffirm reaffirmed reaffirming reaffirms reassure reassured
reassures reassuring recall recalled recalling recalls recommend recommended recommending
recommends recount recounted recounting recounts refuse refused refuses refusing reiterate
reiterated reiterates reiterating reject rejected rejecting rejects remark remarked remarking
remarks repeat repeated repeating repeats replied replies reply replying report reported
reporting reports respond responded responding responds retort retorted retorting retorts reveal
revealed revealing reveals rule ruled rules ruling said say saying says show showed shows signal
signaled signaling signals slam slammed slamming slams speaks specified specifies specify
specifying speculate speculated speculates speculating spoke state stated states stating stress
stressed stresses stressing suggest suggested suggesting suggests support supported supporting
supports tell telled telling tells testified testifies testify testifying think thinks thought
threaten threatened threatening threatens told tout touted touting touts tweet tweeted tweeting
tweets underline underlined underlines underlining underscore underscored underscores
underscoring urge urged urges urging voice voiced voices voicing vow vowed vowing vows want
wanted wanting wants warn warned warning warns welcome welcomed welcomes welcoming worried
worries worry worrying write writes writing wrote
restate restated restates restating slammed slamming signalled signalling object objected
objecting objects applaud applauded applauding applauds rebuff rebuffed rebuffing rebuffs float
floated floating floats
sum summed summing sums
""".split())

# Verbs of speech proper: in "Trump told leaders that ..., Macron said" the inner speaker holds
# it.
SPEECH_VERBS = frozenset("""
added announced argued assured claimed declared explained insisted noted promised said says
stated stressed tells told warned wrote
""".split())

# Verbs after which a reported clause holds someone else's position ("... said Putin was trying
# to").
HOLDER_VERBS = frozenset("""
accept accepted agreed agrees assured backed backs believe believed believes considered considers
consent consented consents
distance distanced distances distancing signalled signaled signals
demanded demanding
demands insisted insisting insists objected opposed opposes opposing pledged promised refused
refuses refusing regarded regards rejected rejecting rejects ruled said saw says sees supported
supports tells threatened told treated treats tried trying viewed views vowed want wanted wants
warned warns
""".split())

# The verbs of an outlet's credit ("..., AFP reported"): an unknown name that is their subject
# is an outlet or a reporter, not a speaker.
CREDIT_VERBS = frozenset("reported reports".split())

# Common verbs of events, recognised as the verb after a subject.
EVENT_VERBS = frozenset("""
come agreed discussed flew gathered held meet meets met sign signed speak spoke talked traveled
travelled visited
""".split())

# Verbs of events a journalist narrates, not positions anyone holds: battle news ("Russia fired
# drones at Kyiv") and a career or an election ("Fico survived an assassination attempt", "the
# party won the election"). Their subject is not the actor of the sentence (codebook 4: events
# and background are narration).
NARRATED_EVENT_VERBS = frozenset("""
advanced annex annexed annexes attacked belong belongs bombarded bombed captured died downed
fought withdrew
elected fired invaded killed lost occupied occupies occupy overran pounded retook seized shelled
shot survived won
""".split())

# Verbs that narrate an attack only with a word of war after them ("launched an offensive",
# "began its invasion", "was hit by a barrage of missiles"), but not otherwise ("launched a
# petition", "began talks", "struck a cautious note", "hit out at Moscow").
ATTACK_VERBS = frozenset("hit launch launched launches struck began begun started".split())
WAR_NOUNS = frozenset("""
assault attack attacks barrage bombardment bombs counteroffensive drone drones invasion missile
missiles offensive raid raids rockets shelling strike strikes
""".split())

# Singular nouns that describe one person: after a quotation, '"...," the veteran diplomat
# said' is a definite description of the person quoted, not someone new.
PERSON_DESCRIPTIONS = frozenset("""
ambassador analyst chancellor commander diplomat economist envoy expert general historian
lawmaker leader legislator minister negotiator politician premier president professor
researcher scholar senator spokesman spokesperson spokeswoman stateswoman statesman veteran
""".split())

# Verbs of the reception of a statement: "His remarks drew a rebuke from Moscow", "Her words
# sparked outrage". The statement's author is not the actor of such a sentence; who reacted is.
REACTION_VERBS = frozenset("""
alarmed angered caused draw drawing drawn draws drew elicited fuelled fueled irritated prompted
provoked rattled sparked sparking sparks stirred triggered unsettled
""".split())

# Words that describe an outside observer ("Andrei Kortunov, a Russian foreign policy analyst,
# said Moscow might accept ..."): what such a speaker says a government holds is that
# government's position, even when both are from the same country.
OBSERVER_WORDS = frozenset("""
analyst analysts commentator columnist editor expert experts fellow historian observer professor
researcher scholar
""".split())

# Auxiliaries and adverbs that may come between a subject and its verb.
AUX = frozenset("""
't abruptly again already also are be been being bluntly can could did do does earlier even
firmly flatly further going had has have is just later long may might must n't never not now
once only openly plainly previously privately publicly quietly recently repeatedly reportedly
separately shall should since still strongly swiftly then was were will would yet likewise
too meanwhile nonetheless nevertheless instead therefore thus subsequently afterwards initially first
ultimately eventually duly both each always perhaps categorically unequivocally emphatically
explicitly
""".split()) | frozenset(w + "n't" for w in """
are ca could did do does had has have is must need should was were wo would
""".split())  # "won't", "doesn't", "can't": the tokens keep a contraction whole

# Irregular past forms (regular ones are recognised by their -ed).
IRREGULAR = frozenset("""
became began brought came chose cut drew fell felt flew found gave got grew heard held hit kept
knew led left let lost made meant met paid put ran rose said sat saw sent set shook sought spoke
stood struck thought threw told took understood went won wrote
bound broke built cast drove forbade forgave fought hung laid sold spent stuck swore taught tore
upheld withdrew
caught dealt fled foresaw forgot froze hid lent mistook overcame oversaw overtook rebuilt strove
swept undertook underwent withheld withstood
""".split())

# Plural nouns that end in -s like a verb ("talks", "forces").
PLURAL_NOUNS = frozenset("""
affairs allies analysts armies arms attacks authors basis borders calls capitals chiefs comments
parties concerns conditions contingents countries crisis days defences defenses demands details
diplomats discussions drones economics efforts experts fears figures forces governments grounds
guarantees headquarters hopes hours lawmakers leaders lines means members ministers missiles
months nations navies negotiations news officials operations options partners peacekeepers
people plans politics prospects questions relations remarks reports sanctions secretaries series
services soldiers sources species states strikes talks terms threats troops weapons weeks words
years reporters trainers quarters powers respondents supporters confidants politicians initiatives
specialists penalties citizens proposals conflicts thousands teams deputies things combatants
euros protesters decades seaports stages
""".split())

# Prepositions, conjunctions and relative words: they end a noun phrase.
STOP = frozenset("""
about across after against alongside although amid among and as at because before between but by
despite during for from how if in including into like nor of on onto or over per since so than
that though through throughout to toward towards under unlike upon via what when where whereas
whether which while who whom whose why with within without
""".split())

# Determiners that may open a noun phrase.
DETERMINERS = frozenset("a an another her his its the their these this those".split())

# Nouns for people left unnamed ("officials", "a spokesman").
PEOPLE_NOUNS = frozenset("""
academics adviser advisers advisor aide aides analyst analysts commanders critics diplomat
diplomats economists envoy envoys expert experts fellow generals insiders legislators
members ministers negotiator negotiators observers officers official officials participants people
person planners premiers presidents representative representatives researcher researchers
scholars source sources spokesman spokespeople spokesperson spokeswoman
""".split())

# Nouns after a state or body that still designate it ("the Russian foreign ministry").
INSTITUTION_NOUNS = frozenset("""
administration agency air analysis analysts army assessment authorities authority board body
brief briefing cabinet center centre command commentary committee communique council declaration
delegation department diplomat diplomats economists editorial embassy experts force government
group headquarters institute intelligence lawmakers leadership memo military ministry mission navy
negotiators note office official officials paper parliament planners poll presidency readout
report researchers scholars service services side source sources spokesman spokesperson
spokeswoman staff statement study survey tank team
""".split())

# Role nouns that take a complement ("ambassador to France", "head of ...").
ROLE_NOUNS = frozenset("""
adviser advisor aide ambassador chair chairman chairwoman chancellor chief co-leader commander
commander-in-chief commissioner counterpart deputy director envoy general governor head king
leader mayor minister negotiator premier president prime queen representative secretary
secretary-general senator speaker vice
""".split())

# Lower-case words of titles ("Pentagon press secretary").
NP_WORDS = frozenset("""
academics acting administration adviser advisers advisor affairs agency aide aides air
ambassador analysis analyst analysts armed army assessment authorities authority board body
brief briefing cabinet center centre chair chairman chairwoman chancellor chief chief-of-staff
co-leader command commander commander-in-chief commanders commentary commissioner committee
communique council counterpart critics declaration defence defense delegation department deputy
diplomat diplomats director economists editorial embassy emeritus energy envoy envoys expert
experts fellow finance first force foreign foreign-policy former general generals government
governor head headquarters insiders institute intelligence interior investment joint justice
king lawmakers leader leadership legislators mayor member members memo military minister
minister's ministry mission national navy negotiator negotiators note observers office officers
official officials opposition paper parliament parliamentary participants people person planners
policy poll premier presidency president presidential press prime queen readout relations report
representative representatives researcher researchers ret. retired scholars secretary
secretary-general security senator senior service services so-called source sources speaker
special spokesman spokespeople spokesperson spokeswoman staff state statement study survey tank
team then top trade treasury u.s. vice war
""".split())

# Nouns that speak for their possessor ("X's spokesman", "X's government").
SPOKES = frozenset("""
administration cabinet embassy government ministry office presidency spokesman spokespeople
spokesperson spokeswoman
""".split())

# Nationality adjectives and the state they point to ("Ukrainian officials" -> Ukraine).
DEMONYMS = {
    'American': 'United States', 'British': 'United Kingdom', 'French': 'France', 'German':
    'Germany', 'Russian': 'Russia', 'Ukrainian': 'Ukraine', 'Italian': 'Italy', 'Polish':
    'Poland', 'Hungarian': 'Hungary', 'Slovak': 'Slovakia', 'Czech': 'Czech Republic',
    'Austrian': 'Austria', 'Swiss': 'Switzerland', 'Dutch': 'Netherlands', 'Belgian': 'Belgium',
    'Spanish': 'Spain', 'Portuguese': 'Portugal', 'Irish': 'Ireland', 'Danish': 'Denmark',
    'Swedish': 'Sweden', 'Norwegian': 'Norway', 'Finnish': 'Finland', 'Estonian': 'Estonia',
    'Latvian': 'Latvia', 'Lithuanian': 'Lithuania', 'Romanian': 'Romania', 'Bulgarian':
    'Bulgaria', 'Greek': 'Greece', 'Croatian': 'Croatia', 'Serbian': 'Serbia', 'Slovenian':
    'Slovenia', 'Moldovan': 'Moldova', 'Belarusian': 'Belarus', 'Turkish': 'Turkey', 'Canadian':
    'Canada', 'Australian': 'Australia', 'Japanese': 'Japan', 'Chinese': 'China', 'Indian':
    'India', 'Iranian': 'Iran', 'Israeli': 'Israel', 'Georgian': 'Georgia', 'Kremlin': 'Russia',
    'Saudi': 'Saudi Arabia', 'Qatari': 'Qatar', 'Emirati': 'United Arab Emirates', 'Brazilian':
    'Brazil', 'Mexican': 'Mexico', 'Icelandic': 'Iceland', 'Luxembourgish': 'Luxembourg',
    'Maltese': 'Malta', 'Cypriot': 'Cyprus', 'Albanian': 'Albania', 'Kazakh': 'Kazakhstan',
    'Armenian': 'Armenia', 'Azerbaijani': 'Azerbaijan', 'Pakistani': 'Pakistan', 'Egyptian':
    'Egypt', 'South Korean': 'South Korea',
}

# Nations' people in the plural, for opinion polls ("most Britons back ..." -> British public).
PUBLICS = {
    'Britons': 'British', 'Brits': 'British', 'Germans': 'German', 'French': 'French', 'Poles':
    'Polish', 'Italians': 'Italian', 'Ukrainians': 'Ukrainian', 'Americans': 'American',
    'Danes': 'Danish', 'Czechs': 'Czech', 'Swedes': 'Swedish', 'Hungarians': 'Hungarian',
    'Slovaks': 'Slovak', 'Finns': 'Finnish', 'Norwegians': 'Norwegian', 'Dutch': 'Dutch',
    'Spaniards': 'Spanish', 'Russians': 'Russian', 'Canadians': 'Canadian', 'Australians':
    'Australian', 'Romanians': 'Romanian', 'Estonians': 'Estonian', 'Latvians': 'Latvian',
    'Lithuanians': 'Lithuanian', 'Belgians': 'Belgian', 'Austrians': 'Austrian', 'Greeks':
    'Greek', 'Bulgarians': 'Bulgarian', 'Portuguese': 'Portuguese', 'Irish': 'Irish',
    'Japanese': 'Japanese', 'Europeans': 'European', 'Croats': 'Croatian', 'Serbs': 'Serbian',
    'Slovenians': 'Slovenian', 'Swiss': 'Swiss', 'Croatians': 'Croatian', 'Serbians': 'Serbian',
    'Moldovans': 'Moldovan', 'Georgians': 'Georgian', 'Cypriots': 'Cypriot',
}
# The adjective of each state ("Hungary" -> "Hungarian"), for "In Hungary, a poll found ...".
ADJECTIVE_OF = {state: adjective for adjective, state in reversed(list(DEMONYMS.items()))}

# Words that make a sentence an opinion poll's finding.
POLL_WORDS = frozenset("""
deutschlandtrend poll polls pollster pollsters respondents survey surveys
""".split())

# Capitalised words that are never part of a person's name: titles, organisations, months,
# sentence openers.
NOT_NAME = frozenset("""
People Citizens There Nor Talks Hopes
A Accord Act Acting Additionally Adm. Administration Admiral Adviser Advisor Affairs After
Agency Agreement Aide Air All Alliance Allies Also Although Ambassador Ambassadors Americans
Amid An Analysis Analyst Analysts And April Armed Army As Asked Assembly At Atlantic August
Australians Austrians Author Authority Balance Balkan Baltic Bank Before Belgians Black Board
Both Breaking Britons Brits Bulgarians Bureau But By Cabinet Canadians Capt. Captain Center
Central Centre Chair Chairman Chairwoman Chancellor Chief Chiefs Club Co-Leader Co-leader
Coalition Col. Colonel Columnist Command Commander Commander-in-Chief Commanders Comment
Commentator Commission Commissioner Committee Communists Company Conference Congress Congressman
Congresswoman Conservative Conservatives Corporation Council Court Critics Croats Crown Czechs
Dame Danes Day December Declaration Defence Defense Democrat Democratic Democrats Department
Deputy Despite Diplomats Director Director-General Directorate Doctrine Doves Dr Dr. Duma During
Dutch Each East Eastern Economist Economists Editing Editor Editorial Embassy Emeritus Emir
Endowment Energy Envoy Estonians Eurasia Europe European Europeans Evening Everyone Exclusive
Expert Experts Explainer Facility Factbox February Federal Few Finance Finns First Following For
Force Forces Foreign Format Former Forum Foundation French Friday Fund Gen. General Generals
Germans Government Governor Greeks Green Greens Group Guard Hawks He Head Her High His Historian
Historians Homeland Host House How However Hungarians I If In Indeed Index Initiative Instead
Institute Intelligence Interior International Interview Irish It Italians Its January Japanese
Joint Journal Journalist July June Justice King Kremlin Labour Lady Latvians Lawmakers Leader
Leaders Liberal Liberals Lieutenant Lithuanians Live Lord Lt. MP Maj. Major Many March Marshal
May Mayor Meanwhile Media Minister Minister-President Ministers Ministry Mission Monday Monitor
Month Morning Most Mr Mr. Mrs Mrs. Ms Ms. My National Nationalists Navy Neither Network News
Night Nobody None Nordic North Northern Norwegians November Now Oblast Observers Ocean October
Office Officer Officers Officials On Once Operation Opinion Opponents Or Organisation
Organization Others Our Over PM Pacific Parliament Party Pentagon Photo Plan Planners Podcast Poles
Policy Poll Polls Pope Populists Portuguese Post Premier President Press Prime Prince Princess
Prof. Professor Program Programme Protesters Q&A Queen Rada Radio Read Red Region Relations Rep.
Reporting Reports Representative Republican Republicans Researcher Researchers Residents Retired
Review River Romanians Russia Russians Saturday Scholar Scholars School Sea Secretary
Secretary-General Security Sen. Senate Senator Senior September Serbs Service Services Several
Sgt. She Sheikh Since Sir Slovaks Slovenians Socialist Socialists Soldiers Some Source Sources
South Southern Soviet Spaniards Speaker Speaking Special Spokesman Spokesperson Spokeswoman
Staff State Strategy Summit Sunday Supporters Supreme Survey Swedes Swiss Tanaiste Taoiseach
Television That The Their These They This Those Though Thursday Times Today Top Tracker Trade
Treasury Treaty Troops Tuesday Ukraine Ukrainians Under Union University Until Update Verkhovna
Veterans Vice Voters War We Wednesday Week West Western What When Where While Who Why With
Without Writing Written Year Yesterday Yet You
Still So Then Thus Hence Only Even Just Earlier Later
Not Never Either Nearly Almost Especially Perhaps Maybe Apart Except Unlike Like
Big Open Much Terms Respondents MPs Official Undersecretary Under-Secretary
One Two Three Four Five Six Seven Eight Nine Ten Dozens Hundreds Thousands
Questions Health Education Economy Culture Transport Agriculture Environment Infrastructure
Welfare Industry Commerce Tourism Sports Science Digital Emergency Emergencies
Association Member Members Journalists Panellists Panelists Men Women Consider Nations Further
Persistent Peacekeepers Previous Asia Africa Iraq Crimea Donbas Donbass Kosovo
Insiders Reporters MEPs Nothing Recent Scant Video Main Key Latest Continued Renewed
Ecologists Ex-officer
Here Brigadier Excellence
""".split())

# Last words of an organisation's name ("... Policy Institute").
ORG_WORDS = frozenset("""
Academy Agency Alliance Association Bureau Center Centre Club Coalition Commission Committee
Congress Corporation Council Endowment Forum Foundation Front Fund Group Initiative Institute
Institution Movement Network Observatory Office Party Program Programme Project School Service
Society Tank Trust Union University
""".split())

# State bodies: after a nationality they designate the state ("Russian Security Council").
STATE_BODIES = frozenset("""
Agency Bureau Commission Committee Congress Council Office Service
""".split())

# Titles that are also surnames ("Claudia Major").
SURNAME_TITLES = frozenset("Bishop Chancellor Grand King Lord Major Marshal Prince".split())

# Lower-case particles inside names ("Ursula von der Leyen").
PARTICLES = frozenset("""
al bin da das de del della der di dos du la le ten ter van von
""".split())

# Suffixes after a name.
NAME_SUFFIX = frozenset("II III Jr Jr. Sr Sr.".split())

# Words that open an introductory phrase ending at a comma ("On the eve of ..., ").
INTRO_WORDS = frozenset("""
above against ahead across additionally addressing after also although amid answering as asked at
before being
besides beyond by citing commenting days describing despite during earlier facing following for
from furthermore given having hoping hours however if in indeed instead interviewed last later
like meanwhile months moreover nevertheless nonetheless now on once over overall pressed
referring regarding responding seeking separately shortly since speaking still then though
throughout thus today under unlike until upon weeks when whereas while with within writing
yesterday yet where whilst unless because afterwards afterward thereafter likewise therefore
hence elsewhere
""".split())

# -ing words that are adjectives before a title, not an introductory participle ("Outgoing
# Chancellor").
ING_ADJECTIVES = frozenset("""
acting caretaker emerging existing founding governing incoming leading managing ongoing opposing
outgoing presiding reigning remaining rising ruling serving sitting visiting
""".split())

# Words that may open a main clause ("But Macron ...").
LEAD_CONJUNCTIONS = frozenset("""
also and but however indeed instead meanwhile now separately so still then yet
""".split())

# Abbreviations that keep their period ("Gen.", "Jr.").
ABBREV = frozenset("""
adm brig capt cmdr col dr gen gov jr lt maj mr mrs ms prof rep ret sen sgt sr st
""".split())

# Pronouns that take the last person who spoke ("according to him").
PRONOUNS = frozenset("he she him".split())

# Prepositions that may continue a title ("Secretary of State").
PREPS = frozenset("at for in of to".split())

# Words before a party or title that do not make it a common noun phrase ("the ruling party").
TITLE_MODIFIERS = frozenset("""
centre-left centre-right far-left far-right former hardline incoming late new opposition
outgoing ruling state-run then- veteran
""".split())

# Nouns for a position: "Zelensky's demand ..." is Zelensky's.
POSITION_NOUNS = frozenset("""
appeal argument call condition conditions demand demands goal idea initiative insistence line
message offer opposition plan pledge position promise proposal refusal rejection request stance
support threat ultimatum view vision warning readiness willingness unwillingness hesitancy
reluctance pushback backing scepticism skepticism resistance
""".split())

# Events a place name may qualify ("the Paris summit").
EVENT_NOUNS = frozenset("""
conference format forum front invasion meeting parade process region round rounds summit talks
trip visit war
""".split())

# What an outlet does when it reports news rather than its opinion.
NEWS_VERBS = frozenset("""
aired broadcast carried cited cites learned learnt obtained published quoted quotes ran reported
reporting reports revealed reviewed saw seen
""".split())

# Words of an outlet's own opinion ("said in an editorial").
EDITORIAL = frozenset("""
board column commentary editorial editorials editors leader opinion own view
""".split())

# Nouns naming a person by role only ("the U.S. president": no one named).
ROLE_ONLY = frozenset("""
adviser advisor aide ambassador chair chairman chairwoman chancellor chief co-leader commander
commander-in-chief commissioner counterpart deputy director envoy general governor head king
leader mayor minister negotiator premier president prime queen secretary secretary-general
senator speaker vice
""".split())

# Documents whose author is the actor ("a RAND study").
DOCUMENT_NOUNS = frozenset("""
analysis article assessment brief commentary communique declaration document editorial letter
memo paper poll readout report reports statement study survey
""".split())

# Adjectives of institutions.
NP_ADJECTIVES = frozenset("""
armed defence defense foreign intelligence military national official own presidential security
senior state state-run top
""".split())

# Words in -ed that are adjectives inside a noun phrase.
NOT_PARTICIPLE = frozenset("""
armed far-fetched red retired self-declared self-styled so-called united unnamed
""".split())

# Words in -ly that are not adverbs.
NOT_ADVERB = frozenset("""
ally anomaly assembly bully family folly holy italy july monopoly rally supply
""".split())

# Pronouns and wh-words: never inside a noun phrase.
PRONOUN_WORDS = frozenset("""
he her here him i it me she them there they us we what which who you
""".split())

# Adjectives that stand for the verb in a headline ("Starmer ready to send troops").
HEADLINE_PREDICATES = frozenset("""
adamant against cautious confident cool determined doubtful eager hesitant keen likely open
opposed poised prepared ready reluctant sceptical set skeptical unlikely unready unwilling wary
willing
""".split())

# Reporting verbs whose base form is a noun inside a title ("press secretary").
NOUNISH = frozenset("""
aid answer appeal assessment back brand brief call caution charge claim comment counter defence
defense demand detail doubt estimate fear forecast head hint label lead list note offer plan
pledge point post press promise question report review rule show signal state support voice
welcome worry
""".split())

# Auxiliaries that are the verb themselves ("Berlin was among ...").
COPULA = frozenset("are had has have is was were".split()) \
    | frozenset("aren't hadn't hasn't haven't isn't wasn't weren't".split())

# Opening and closing quotation marks (straight quotes are handled apart).
OPEN_Q = frozenset({"“", "«"})
CLOSE_Q = frozenset({"”", "»"})

# Words of a time phrase that may open a sentence without a comma ("On Tuesday the Kremlin
# warned", "Late on Monday Macron said", "Last week Italy said"): leads, then time words.
TIME_LEADS = frozenset("""
early earlier late later on in last this next by since until at during over
""".split())
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
MONTHS = frozenset("""
january february march april may june
july august september october november december jan jan. feb feb. mar mar. apr apr. jun jun. jul
jul. aug aug. sep sep. sept sept. oct oct. nov nov. dec dec.
""".split())
# Days named without a lead word ("Meloni today said", "welcomed by Rome today").
BARE_DAYS = frozenset("today yesterday tonight".split())
TIME_WORDS = WEEKDAYS | MONTHS | BARE_DAYS | frozenset("""
week weekend month year morning afternoon evening night day the of
""".split())

# Nouns of a point of view: "In Landsbergis's view, ...", "in the opinion of X".
VIEW_NOUNS = frozenset("""
view opinion words assessment estimation judgment judgement mind account estimate reckoning
argument telling reading eyes
""".split())

# Words that may start a whose-view phrase ("in his view", "as he sees it").
VIEW_TRIGGERS = VIEW_NOUNS | frozenset("sees saw put puts".split())

# Verbs of the occasion of speech, without its content: "He was speaking after Starmer said
# ..." holds the inner speaker's position.
OCCASION_VERBS = frozenset("""
speaking spoke talking talked responding responded reacting reacted commenting commented
writing followed follows came come comes
""".split())

# Head nouns of what a state lends rather than who it is: a passive's "by" phrase with one
# names no holder ("a force backed by U.S. air power", "... by American military support").
CAPABILITY_NOUNS = frozenset("""
power might muscle support forces troops aircraft jets assets capabilities capability
intelligence backstop guarantees guarantee firepower logistics
""".split())

# Nouns of a statement whose author holds its content: "an announcement by Macron that ...".
STATEMENT_NOUNS = frozenset("""
announcement assertion claim comment comments confirmation declaration pledge proposal remark
remarks statement suggestion warning
""".split())

# First-person words: a sentence spoken by the last speaker, in an interview set without
# quotation marks.
FIRST_PERSON = frozenset("i me my we us our".split())

# Dashes that set off a headline's source ("... – Tusk") or a post's signature ("— Name").
DASHES = frozenset({"-", "–", "—"})
# What opens an item of a list or a bulleted paragraph ("- Merz then ...", "• A ban on ...").
BULLETS = DASHES | {"•", "*", "·"}

# Words of a title that names one person by role ("the prime minister", "the German defence
# minister", "the Polish analyst"): a title-only phrase resolves to the person of that role
# named most recently in the article.
ROLE_WORDS = frozenset("""
adviser advisor aide ambassador analyst chair chairman chairwoman chancellor chief co-leader
commander commander-in-chief commissioner defence defense deputy diplomat director economist
envoy expert finance first foreign general governor head interior king leader mayor minister
negotiator premier president prime queen researcher secretary secretary-general senator speaker
pm spokesman spokesperson spokeswoman state tanaiste taoiseach vice president-elect
officer colonel admiral
""".split())
# Head nouns of a title that, after "the" and a few describing words, stand for the person the
# article has just quoted when no one was given that title ("the Tory leader said", "the retired
# general added", "the admiral said"); see :func:`stance.article.attribution.context.last_titled`.
PERSON_TITLES = frozenset("""
admiral adviser advisor aide ambassador candidate chancellor chief colonel commander congressman
congresswoman diplomat envoy general hopeful lawmaker leader legislator marshal minister mp
officer official politician premier president president-elect secretary senator spymaster
""".split())
# ... of which these name one office: the person must not be known to hold another.
OFFICE_TITLES = frozenset("chancellor minister premier president president-elect secretary".split())

# Legislatures by name, which qualify a title ("the Duma speaker", "the chairman of the
# Bundestag"): the title is then "duma speaker", as a registry role may give it.
LEGISLATURES = frozenset("duma bundestag sejm knesset rada seimas saeima riigikogu storting "
                         "riksdag eduskunta folketing".split())
# Titles of whoever chairs one ("the chairman of Russia's State Duma").
CHAIR_WORDS = frozenset("chair chairman chairwoman speaker president".split())

# Words before a title that make it one its holder no longer holds ("the former NATO chief",
# "the one-time army chief").
FORMER_WORDS = frozenset("former ex ex- one-time then erstwhile onetime".split())

# Words before a title that do not change whose it is ("the former president").
ROLE_MODIFIERS = frozenset("former outgoing incoming new then acting top senior most special".split())

# Auxiliaries of a stated position in a reported clause ("X would like", "X is ready").
STANCE_AUX = frozenset("""
would will could can may might should must shall is are am 're 's not never
""".split())

# Subordinators that end a reporting clause's own words ("..., Tusk announced on Monday while
# leaving for Paris").
CLAUSE_OPENERS = frozenset("while after before when ahead during following as amid despite".split())

# Verbs that report speech only after a quotation: '"...," the spokeswoman went on / continued'.
AFTER_QUOTE_VERBS = frozenset("continued continues went goes".split())

# Nouns of what a speaker said, after a closing quotation mark: '"...," was his reply.'
REPLY_NOUNS = frozenset("""
answer comment message reply response retort verdict warning words
""".split())

# Titles that name the same office ("the Polish leader" after "Prime Minister Donald Tusk"):
# a title -> the office it names, and an office -> the generic titles its holder goes by.
OFFICE_OF = {
    "premier": "prime minister", "taoiseach": "prime minister", "pm": "prime minister",
    "top diplomat": "foreign minister", "diplomat": "foreign minister",
    "chief diplomat": "foreign minister",
    "defense minister": "defence minister", "defense secretary": "defence secretary",
    "head of state": "president", "head of government": "prime minister",
    "president-elect": "president",
    "envoy": "ambassador",
    # the head of a country's armed forces goes by several titles ("the Dutch army chief" for
    # the chief of defence)
    "army chief": "military chief", "defence chief": "military chief",
    "defense chief": "military chief", "chief of defence": "military chief",
    "chief of defense": "military chief", "armed forces chief": "military chief",
}
_HEAD_TITLES = ("leader", "head")
OFFICES_OF = {
    "prime minister": _HEAD_TITLES, "president": _HEAD_TITLES, "chancellor": _HEAD_TITLES,
    "foreign minister": ("diplomat", "minister"), "foreign secretary": ("diplomat",),
    "secretary of state": ("diplomat",), "defence minister": ("minister",),
}

# Nouns for what speaks for a person ("her office said", "his speech stressed"): after "his" or
# "her" they stand for the person. Not people ("his aide, Igor Zhovkva," is someone else).
VOICE_NOUNS = frozenset("""
address article comments interview letter message office op-ed post remarks speech statement
tweet words
""".split())

# Common nouns that stand for a body once an article has named it ("the alliance" for NATO).
GENERIC_BODIES = {"alliance": "NATO", "bloc": "European Union"}
BODIES_NAMED = frozenset(GENERIC_BODIES.values())

# Nouns that, after "the", stand for the state of the last speaker ("The government said ...").
STATE_ANAPHORS = frozenset("country government nation administration".split())

# Unions several attribution steps test (built once here, not in each module).
OPENING_MARKS = OPEN_Q | {'"'}
CLOSING_MARKS = CLOSE_Q | {'"'}
VOICE_OR_STATEMENT_NOUNS = VOICE_NOUNS | STATEMENT_NOUNS
SPEECH_REPORTING_OR_HOLDER_VERBS = SPEECH_VERBS | REPORTING_VERBS | HOLDER_VERBS

# -- passives, reflexives, titles and outlet verbs the attribution rules test ---------------
# Titles of a member of a legislature, which news English does not give a member of the
# government or a head of state it has named by office ("the MP" is not the minister).
MEMBER_TITLES = frozenset("mp lawmaker legislator senator congressman congresswoman".split())
# Reflexives that may stress a subject ("Macron himself said", "Poland itself would ...").
REFLEXIVES = frozenset("himself herself itself themselves".split())
# Participles of where a subject is that may come between it and its verb with no comma
# ("European leaders meeting in Berlin said ...", "US officials attending the talks said ...").
PRESENT_AT = frozenset("meeting gathering attending visiting".split())
# Verbs of an outlet giving someone's words ("Interfax quoted him as saying", "Franceinfo
# reported the minister as saying").
CITED_AS = frozenset("cited quoted cites quotes reported reports".split())
# How someone spoke, summed up after the words ("That was how X reacted / put it").
REACTED = frozenset("reacted reacts responded responds put puts".split())
# How a title alone opens ("the prime minister", "its army commander").
TITLE_OPENERS = frozenset("the its his her their".split())
# What an outlet does when it reports, not when it argues ("The Times said / wrote that ...",
# "Izvestia asks whether ...", "Politico points out that ...").
OUTLET_SAY = frozenset("""
said says say wrote writes write written ask asks asked point points pointed
""".split())
# Plural nouns of those related to an actor ("Ukraine's backers", "Kyiv's allies").
RELATION_NOUNS = frozenset("""
backers supporters allies partners friends neighbours neighbors critics opponents enemies
adversaries foes rivals
""".split())
# What a subject faces from others ("faced hostility / questions / criticism").
FACED = frozenset("faced faces face".split())
FACED_WHAT = frozenset("""
hostility questions criticism pressure calls backlash opposition resistance scrutiny anger
""".split())
# Passives of criticism whose subject is its target ("has been criticised for ...").
CRITICISED = frozenset("""
criticised criticized accused condemned blamed slammed mocked rebuked ridiculed lambasted
denounced castigated chided
""".split())
PASSIVE_BE = frozenset("been was were is are being be".split())
# Modal verbs ("X could send troops", "..., X would put 200 soldiers into a mission, ...").
MODALS = frozenset("will would can could may might must shall should".split())
# Words that join a contrasting clause ("The UN says ..., but Lacroix stressed ...").
CONTRAST = frozenset("but yet while whereas".split())
# What a group gives when it states its position ("gave their endorsement to a force").
ENDORSEMENTS = frozenset("endorsement backing support blessing approval".split())
# Prepositions of a place after a time phrase ("On Friday in Kyiv, ...").
PLACE_PREPS = frozenset("in at".split())
# What began when someone spoke ("The row started when Macron floated ...").
BEGAN = frozenset("started starts began begins erupted erupts flared flares".split())
