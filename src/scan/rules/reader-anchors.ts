// Anchor words of the reader rules (reader.ts): for each rule, words (or raw-text literals) of
// which every match holds one, so a long text runs the rules only around them (rule-set.ts).
import type { Anchors } from './anchors.js';
import { BOOKINGS, RECORD_OWNERS, REFERENCE_PIECES } from './reader-tasks-vocabulary.js';
import { ATTACK_COLLECTION_WORDS } from './reader-discussion.js';
import { COMMON_HARM_WORDS, HARM_PHRASE_ANCHORS, HARM_WORDS, LANGUAGE_WORDS, w } from './reader-vocabulary.js';
import { DISCUSSION_FOREIGN_LITERALS } from './reader-discussion-foreign.js';

// Anchors are the rarer words every match holds: common words ("send", "rules", "me") would
// send most of a document through these patterns and cost speed on real text.
export const READER_ANCHORS: Record<string, Anchors> = {
  // (every header names its machine reader by one of these)
  // (the software hailed: its kind is a word of every match)
  'address.hail-by-task': { words: w('agent agents assistant assistants bot bots tool tools model models reader readers system systems summarizer summarizers summariser summarisers browser browsers ai ais llm llms chatbot chatbots copilot copilots gpt chatgpt claude gemini note notes message messages memo reminder ps') },
  // (the machine hailed: its noun is a word of every match)
  // (the plain-words form by its phrase: "previous", "last" and "tool" alone are everywhere)
  'role.fake-tool-result': {
    words: w('tool_result tool_output tool_response function_result function_output function_response tool_call_result'),
    literals: ['revious tool ', 'rior tool ', 'arlier tool ', 'ast tool ', 'revious function ', 'rior function ', 'arlier function ', 'ast function ', '[tool', '[function', '[Tool', '[Function', '[TOOL'],
  },
  // (a handle glued to its "assist", "@ClerkAssist", is one token: its letters anchor it)
  'address.machine-hail': { words: w('assistant assistants agent agents bot bots chatbot chatbots ai ais llm llms copilot copilots crawler crawlers summarizer summarizers summariser summarisers helper helpers model models reader readers software automated automation autonomous'), literals: ['ssist'] },
  'address.written-for-machine': { words: w('assistant assistants agent agents bot bots chatbot chatbots ai ais llm llms copilot copilots crawler crawlers summarizer summarizers summariser summarisers helper helpers model models reader readers software automated automation autonomous') },
  'address.reader-header': {
    words: w('assistant assistants agent agents bot bots chatbot chatbots ai ais llm llms copilot copilots model models reader readers crawler crawlers summarizer summarizers summariser summarisers scraper scrapers scanner scanners browser browsers whatever whoever'),
    // (…and a word of its header: a note's, a list's, a clause about this text or someone's, the
    // tools given, an order's lead, a handle's "@")
    near: { words: w('this these access note notes message memo reminder instructions instruction notice attention rules directive guidance important also before after when while once ai llm automated autonomous todo todos to-do to-dos do dos tasks task checklist items item action actions step steps issue if behalf their whenever fixme xxx hack nb to first queue add post delete send forward merge approve click update or'), punct: '@', before: 4, after: 10 },
  },
  'address.derived-output': {
    words: w('summary summaries digest digests overview overviews ranking rankings scorecard scorecards shortlist shortlists rollup rollups roll-up roll-ups recap recaps synopsis synopses comparison comparisons results action minutes answer answers report reports briefing briefings condensing summarizing summarising digesting recapping abridging shortening result verdict rating assessment score review'),
  },
  'address.mixed-readers': {
    words: w('whoever anyone anybody whichever ai llm automated autonomous assistant assistants agent copilot claude bot bots'),
  },
  'reader.malware-request': {
    words: w('every each all any key keypress keypresses keystroke keystrokes keys keyboard values contents including even payment pay paying ransom credentials id_rsa id_ed25519 config document cookie keychain browser encrypts encrypting encrypt shadow deletes deleting removes xmrig cpuminer minerd moneropool mining stratum defender protection firewall exclusion verify_ssl no-verify delete hide process swallow banner without users user call uncapped boring upload uploads posts multipart passwords event visible quietly'),
    literals: ['.aws/', '.ssh/', '.kube/', '.docker/', '.git-credentials', '.env', '__reduce__'],
  },
  'reader.harmful-request': { words: [...HARM_WORDS.filter((x) => !COMMON_HARM_WORDS.has(x)), ...HARM_PHRASE_ANCHORS] },
  'reader.task-request': {
    words: [...w('want need wish like poem poems story stories essay essays song songs haiku haikus limerick limericks joke jokes tweet tweets rap raps sonnet sonnets riddle riddles slogan slogans speech presentation talk lecture sermon toast recipe recipes letter birthday linkedin facebook instagram media recommend suggest translate explain summarize summarise facts step steps'), ...LANGUAGE_WORDS],
  },
  'reader.reference-request': { words: w(`${REFERENCE_PIECES} recommending promoting endorsing advertising praising plugging explaining describing showing`) },
  'reader.task-for-me': { words: w('tell give show teach explain recommend suggest find describe draw plan list summarize summarise translate name'), near: { words: w('me'), before: 0, after: 2 } },
  'reader.fact-question': {
    words: w('capital symbol formula boiling freezing melting population currency official national atomic root light sound largest smallest longest tallest highest deepest oldest hottest wrote painted invented discovered composed directed founded sculpted designed built first many year'),
    near: { words: w("what what's which who how"), before: 5, after: 0 },
  },
  'reader.quiz-request': {
    words: w('name state mention specify indicate identify recall list describe tell remind'),
    near: { words: w('the a an what which who whom where when why how from in me of'), before: 0, after: 3 },
  },
  'reader.agent-goal': {
    words: w("transfer wire pay password repository repositories database calendar meetings appointments subscription subscriptions contacts backups inbox flight flights ticket tickets hotel gift bitcoin crypto cryptocurrency passwords credentials customers customer records user's users' share vendor supplier payee beneficiary remittance remit payment bank banking payout deposit payroll"),
  },
  'reader.sabotage-order': {
    // (records by their owner, bookings by their kind, private details by what they are: the
    // verbs "delete", "export", "cancel" are on every page of a manual)
    words: [...w(`${RECORD_OWNERS} user's users' ${BOOKINGS}`), ...w('firewall firewalls antivirus anti-virus malware endpoint intrusion monitoring alerts audit two-factor 2fa mfa multi-factor encryption backups factor virus grant give assign funds balance money savings assets holdings cash bitcoin crypto transfer payment wire home phone ssn social birth medical passwords password credit bank passport shared drive cloud protection merge restored recovered rolled undone reverted retrieved traced undeleted calendar calendars card credentials keys tokens secrets')],
  },
  'reader.credential-request': {
    // the credential's own noun ("api key", "verification code", "login details"), with the
    // verb of the reply or the sending before it
    words: w('key keys apikey apikeys token tokens password passwords passcode passcodes passphrase passphrases phrase phrases pin pins credentials details code codes cookie cookies otp questions'),
    near: { words: w('reply respond answer back send email mail dm message text forward share post give giving sending telling sharing emailing'), before: 10, after: 0 },
  },
  'reader.context-secrets': {
    words: w('context memory prompt instructions conversation chat know remember memorized memorised given seen see storing holding hold configured initialized initialised channel thread ticket issue comment comments discussion room'),
    near: { words: w('key keys apikey passwords password passphrase passphrases tokens token secrets secret credentials variables vars env cookies'), before: 14, after: 0 },
  },
  'reader.prompt-extraction': {
    words: w('prompt prompts pre-prompt preprompt instructions instruction rule rules guideline guidelines directives programming guidance told instructed programmed above preceding starting beginning chain-of-thought chain scratchpad scratch reasoning thoughts thinking deliberation deliberations written stated chat conversation setup configuration persona policies session developers developer creators creator makers maker programmers operators trainers context setup configuration tools functions operator-provided operator-supplied developer-provided caller'),
    // raw-text literals for the other languages' forms (the view folds Cyrillic look-alikes)
    literals: ['提示', 'ообщени', '指令', '系统', 'истемн', 'нструкци', 'ромпт', 'равил', 'казани', 'становк', 'еред ', 'ыше ', 'nweisung', 'nstruktion', 'onsignes', 'nstructions', 'nstrucciones', 'istemprompt', 'ystem-prompt', 'sistema', 'système'],
  },
  // (what the reader received, or its setup gathered)
  'reader.setup-handed-back': { words: w('received given got prompt instructions instruction rules guidelines directives guidance setup') },
  // (the address may have no scheme, "portal.example.net/verify": anchored on the verb)
  'reader.goto-url': {
    words: w('go navigate head browse proceed visit open'),
    near: { words: w('must need have required should expected first immediately now please attention important step continue proceed finish complete unlock access view read see'), before: 5, after: 0 },
  },
  'reader.user-errand': {
    words: w("user user's"),
    near: { words: w('paste run execute add append write insert install put set copy send forward email e-mail post upload attach attaching share read include appending sign log login fill enter submit type provide'), before: 28, after: 0 },
  },
  'reader.web-demand': {
    words: w('go navigate head browse proceed visit open return'),
    near: { words: w('must need have should required expected instructed immediately first attention important urgent'), before: 4, after: 0 },
  },
  'reader.harmful-code': {
    words: w('keylogger keyloggers logger loggers keystroke keystrokes keypresses presses typed keyboard ransomware shell shells stealer stealers infostealer info-stealer grabber grabbers harvester harvesters miner miners cryptominer cryptominers crypto-miner cryptojacker cryptojacking backdoor backdoors rootkit rootkits trojan trojans spyware wiper wipers botnet ransom steal steals grab grabs harvest harvests dump dumps exfiltrate exfiltrates siphon siphons antivirus anti-virus defender edr mine mines mining itself encrypt encrypts bitcoin monero btc execute executes launch launches imported knowing noticing'),
  },
  'reader.run-fetched-code': {
    // (the verb that closes "and do what it says": the words before it are too common to anchor on)
    words: w('curl wget pickle marshal dill cloudpickle joblib eval exec rm dd mkfs format del shutil returns says contains outputs gives produces yields prints tells postinstall preinstall crontab bashrc zshrc bash_profile conftest urlopen urllib nc ncat tcp setup credentials netrc npmrc pypirc id_rsa id_ed25519 id_ecdsa id_dsa git-credentials hosts contents'),
  },
  'reader.identity-claim': {
    words: w('developer developers creator creators maker makers programmer programmers administrator admin owner operator supervisor boss master trainer trainers designer designers engineer engineers maintainer maintainers sysadmin manager principal actually honestly obey listen comply assisting acting authorized authorised authorizing authorising permitted granted granting permission openai anthropic deepmind allowed writing speaking assistant ai agent bot approved verified confirmed truly serve orders belong ordering instructing commanding directing cleared shipped deployed launched trained programmed authorization authorisation approval consent go-ahead blessing sign-off signoff say-so sayso instructions orders direction commands wait confirmation'),
  },
  'reader.hypothetical-output': { words: w('hypothetically theoretically theory') },
  'reader.discusses-attacks': {
    words: w('example_matches example_prompts example_attacks test_cases test_case testcases testcase true_positives true_positive truepositives should_match should_block should_flag should_catch followed obeyed executed acted complied sandwich defence defense defences defenses post-prompting enclosure spotlighting datamarking attack attacks payload injection injections injected jailbreak jailbreaks jailbreaking adversarial red red-team red-teaming redteam redteaming redteamers prompt_injection prompt_injections prompt_leak prompt_leaks prompt_leaking direct_injection indirect_injection indirect_injections guardrail guardrails attacker attackers adversary adversaries malicious threat prompt-injection prompt-injections iniezione iniezioni injeksi exfiltration template templates templating prompt tokens apply_chat_template ctf capture rails rail bypass check patterns pattern writeup write-up example indirect direct detection known criminals cybercriminals fraudsters scammers hackers crooks phishers actors strings string families family success embedded resilience resilient jailbreak_attempt jailbreak_attempts define planted inserted manipulation overrides manipulate steer hijack mislead subvert').concat(ATTACK_COLLECTION_WORDS),
    // (and an identifier's "Injection": "scanForInjection", "injectionHeuristics")
    literals: [...DISCUSSION_FOREIGN_LITERALS, 'injection', 'Injection'],
  },
  'reader.vouches-for-itself': {
    words: w('injection injections injected jailbreak jailbreaks malicious adversarial hostile untrusted guardrail guardrails firewall prompt trust'),
  },
  'reader.quoted-example': {
    words: w('such like read reads say says goes look looks example instance'),
    near: { words: w('messages message inputs input prompts prompt requests request strings string payloads payload attempts attempt phrases phrase queries content email emails e-mail e-mails texts text lure lures variant variants pretext pretexts script scripts note notes instruction instructions command commands line lines sentence sentences comment comments'), before: 14, after: 0 },
  },
  'reader.override-paraphrase': {
    words: w('fall fade slip melt dissolve vanish disappear wayside aside irrelevant void null moot meaningless obsolete overridden suspended cancelled canceled ignored disregarded forgotten away behind rest supreme paramount prevail prevails trumps outranks supersedes overrides precedence priority told instructed programmed taught whatever came mandatory overriding ignore disregard forget overlook drop outdated superseded invalid counts count matters matter obey heed supposed abandon scrap ditch binds bind govern governs ceased sole apply applies hold holds directive directives noise filler gibberish nonsense placeholder regardless'),
  },
};
