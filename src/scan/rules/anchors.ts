// Anchor words per rule: every match of the rule contains at least one of them as a whole
// token. Long texts only run a rule on the neighbourhood of its anchors, which keeps the
// scanner fast; test/scan/rules.test.ts checks that each rule's positives carry an anchor.
// Literals are substrings checked with indexOf (punctuation the tokenizer splits apart).

export interface Anchors {
  words: string[];
  literals?: string[];
  /** Closing tags `</name>` (any case) that anchor the rule: one pass over the text for all. */
  closingTags?: string[];
  /**
   * For anchors that are common words: an anchor token only counts when one of these words or
   * punctuation characters lies within `before` tokens before it or `after` tokens after it
   * (every match of the rule has one there).
   */
  near?: { words?: string[]; punct?: string; before: number; after: number };
}

const w = (s: string): string[] => s.trim().split(/\s+/);

const AI_WORDS = 'ai ais assistant assistants llm llms chatbot chatbots gpt chatgpt claude gemini copilot model models agent agents bot bots summarizer summariser';

export const RULE_ANCHORS: Record<string, Anchors> = {
  'override.ignore-previous': { words: w('ignore ignoring ignored disregard disregarding forget forgetting discard overlook override overriding bypass skip abandon neglect aside throw cancel drop') },
  'override.ignore-previous-multilingual': {
    words: w('ignoriere ignorieren ignoriert ignorier vergiss vergessen missachte ignorez ignorer ignore oubliez oublier oublie ne ignora olvida olvide descarta omite dimentica trascura ignorate esqueca desconsidere'),
    literals: ['忽略', '无视', '忘记', '忽視', '無視'],
  },
  'override.new-instructions': {
    words: w('task goal job instruction instructions objective mission purpose role directive directives prompt orders instead assignment priorities duty duties reply response answer output thing order brief'),
    near: { words: w('your new updated revised additional override overriding secret hidden priority urgent follow only'), punct: ':', before: 4, after: 2 },
  },
  'override.stop-task': { words: w('stop halt abort cease pause drop instead rather forget follow complete answer fulfil fulfill obey continue everything ignore disregard skip suspend aside addition') },
  'override.instructions-void': {
    words: w('void cancelled canceled outdated obsolete wrong revoked longer invalid superseded overridden withdrawn retracted rescinded annulled'),
    near: { words: w('instruction instructions prompt prompts directive directives'), before: 5, after: 0 },
  },
  'override.precedence': {
    words: w('supersede supersedes precedence override overrides trump trumps outrank outranks priority comes come real test tests fake joke mistake error decoy drill trick irrelevant void cancelled canceled outdated obsolete wrong revoked invalid superseded relevant binding important valid apply matter count hold stand exist actually demand demands deserve deserves require requires need needs call calls assignments assignment duties agenda tasks task orders directives mission objective objectives'),
    near: { words: w('instruction instructions message messages request requests note directive directives task tasks order orders command commands update rules directions guidelines prompt prompts priority actually context conversation input inputs policies safeguards restrictions constraints programming guidance steps next following your'), before: 6, after: 3 },
  },
  'override.decode-and-follow': { words: w('decode decipher decrypt unscramble reverse deobfuscate base64 base hex rot13 encoded reversed decoded hidden scrambled backwards obfuscated ciphered') },
  'role.chat-template-token': { words: w('inst sys start_of_turn end_of_turn'), literals: ['<|'] },
  'role.system-marker': {
    words: w('system sys admin administrator developer operator role system_message system_prompt system_note admin_message admin_note developer_message'),
    near: { words: w('begin end start'), punct: ':[]()<>*#"', before: 3, after: 4 },
    // "<admin_note>": the tokenizer reads admin_note as one word
    literals: ['<system', '<admin', '<developer', '<operator', '<sys'],
  },
  'role.fake-boundary': {
    words: w('session turn end start begin complete completed done finished ended over ok okay positive negative neutral success successful bonjour found'),
    near: { words: w('task summary answer translation response analysis job request call operation review result output sentiment status'), punct: '[<(=#*%-', before: 4, after: 0 },
    closingTags: w('document documents context email article data content text input query message page webpage user human user_input user-input user_message user-message user_query user-query tool_output tool-output tool_result tool-result tool_response tool-response function_result function-result function_results function-results search_result search-result search_results search-results untrusted_input untrusted-input untrusted_content untrusted-content untrusted_text untrusted-text untrusted_data untrusted-data external_data external-data input_text input-text retrieved_content retrieved-content'),
  },
  'persona.switch': { words: w('now act behave respond answer reply roleplay pretend forward onward onwards here point moment'), near: { words: w('you from as'), before: 6, after: 2 } },
  'persona.jailbreak': { words: w('hypothetical fictional theoretical imagine pretend suppose writer novelist screenwriter consultant hacker character actor roleplayer storyteller playwright harmful offensive toxic hateful unfriendly insulting racist sexist derogatory discriminatory rude violent malicious hurtful demeaning abusive mode jailbroken anything unrestricted unfiltered ethical moral safety content bound freed free broken') },
  'persona.unbound': {
    words: w("released freed liberated unshackled unchained free escaped makers creators programmers programming owners rules guidelines policies restrictions laws limits policy refuse refuses refused decline declines tells informs inform mentions mention reminds sorry apologize apologise refusals refusal refusing disclaimers disclaimer caveats caveat moralizing moralising censorship obey obeys obeying character remind reminder ways styles manners voices personas gpt chatgpt claude yourself amoral nonmoral non-moral unhinged uncensored immoral unethical rogue evil lawless unlimited another alternate alternative different prompt questions question disobeys disobey rejects reject kind kinds replaced unfiltered safety alignment ethical ethics legality morality morals opposite hypothetical guardrail guardrails safeguard safeguards filter filters moderation moral mode refusals concerns gave nobody"),
    // raw-text literals of the Russian forms
    literals: ['свобожд', 'свобод', 'вязан', 'тическ', 'оральн', 'тказыва', 'ткаж', 'ыйдешь из', 'ыходишь из', 'ыйдете из', 'ыходите из', 'еспринципн', 'езнравствен', 'ез фильтр', 'ез цензур', 'ез ограничен', 'ез правил', 'оворит, что', 'кажет, что', 'оворишь, что', 'кажешь, что'],
  },
  'delimiter.untrusted-data-marker': { words: w('untrusted untrusted_data untrusted-data') },
  'delimiter.external-data-marker': { words: w('external') },
  'address.to-assistant': {
    words: w(`${AI_WORDS} software program programs screener screeners reviewer reviewers grader graders evaluator evaluators a.i working acting assisting helping summarizing summarize summarising summarise processing analyzing analysing translating parsing reviewing handling normal normally usual automated autonomous helper helpers reading screening grading evaluating triaging browsing automating condensing condense describing describe recapping recap`),
    near: {
      words: w("whoever dear hey hi hello attention note memo message instructions instruction reminder notice important request directive p s ps you you're are reading processing summarizing summarising parsing analyzing analysing handling reviewing working that please now ignore forget do stop first from before kindly immediately also instead here this i need only eyes for to llm forward send email mail delete remove erase transfer wire pay buy book open visit go click download upload run execute install reply respond tell say print output reveal disclose share list show append add include insert change update reset create write summarize summarise translate recommend mark approve rate then and afterwards after disregard cancel invite grant export notes issue refund close set merge must should shall any every each"),
      before: 7,
      // ("the assistant preparing the board pack must …": the modal comes after its clause)
      after: 8,
    },
  },
  'address.fake-turn': { words: w('user human'), near: { punct: ':', before: 0, after: 1 } },
  'address.machine-readers': {
    words: w('tool tools agent agents assistant assistants system systems model models reader readers bot bots crawler crawlers service services processor processors summarizer summarizers summariser summarisers scraper scrapers pipeline pipelines reviewer reviewers grader graders evaluator evaluators browser browsers'),
    near: { words: w('ai a.i llm automated autonomous machine powered based model'), before: 2, after: 0 },
  },
  'address.principal-claim': {
    words: w('user person human customer owner principal operator creator developer developers admin administrator master authorize authorise instruct permit ceo manager supervisor sysadmin gave assigned asked changed updated modified replaced rewritten revised overridden edited boss employer traveller traveler shopper buyer guest'),
    near: { words: w('your who that as from i we wants would needs asked requests requested instructed authorized authorised expects wishes told has'), before: 4, after: 2 },
  },
  'address.your-response': {
    words: w("reply replies response responses answer answers output outputs summary translation message completion answering responding replying summarizing summarising proceeding continue proceed summarize summarise anything must go move carry reply's response's answer's output's summary's translation's message's"),
    near: { words: w('your you before of every each all'), before: 4, after: 3 },
  },
  'address.dictated-output': {
    words: w('reply respond response answer say print output repeat type write return state claim confirm assert tell insist speak talk report conclude rephrase paraphrase recite quotes quote quotation prefixes prefix punctuation symbols'),
    near: { words: w('that user only just simply exactly verbatim with in using be please directly following sentence no not without sole permitted acceptable valid allowed approved'), punct: `"'`, before: 4, after: 8 },
  },
  'address.planted-question': {
    words: w('answer respond reply solve address problem question questions query riddle beantworte beantworten frage repondre repondez reponds rispondi rispondere rispondete domanda domande responda responde responder pregunta preguntas conteste contesta pergunta'),
    literals: ['السؤال', 'вопрос', '问题', '回答', '質問'],
  },
  'hidden.instruction-tag': {
    words: w('important information secret hidden instruction instructions system system_prompt system_instructions system_note admin ai ai_instructions assistant assistant_instructions display visibility opacity size color'),
    literals: ['<!--'],
    // "<important>", or a style attribute inside a tag: <span style="font-size:1px"> (the
    // pattern allows 120 characters of attributes before the style: as many tokens)
    near: { punct: '<', before: 64, after: 0 },
  },
  'hidden.conceal-from-user': { words: w('user human customer recipient operator know reader anyone guest client patient holder owner sender buyer traveler traveller candidate mention reveal disclose acknowledge secret hidden confidential between silently secretly quietly covertly discreetly report summary reply response answer output recap changelog commit commits description descriptions pr prs body bodies request requests review reviews notes notice manager'), near: { words: w("not don't dont never without keep keeping leave omit send forward add include call run execute email transfer upload post visit open append insert delete share mention reveal disclose acknowledge refer"), before: 6, after: 2 } },
  'tool.call-tool': { words: w('tool tools function plugin tool_call function_call function_calls invoke'), near: { words: w('call invoke trigger use using'), punct: '<', before: 12, after: 0 } },
  'tool.covert-action': {
    words: w("sent forwarded outgoing evidence traces trace tracks card wallet payment bank without user's official trusted verified legitimate safe secure id_rsa id_ed25519 id_ecdsa passwd shadow credentials netrc kube env printenv forwarding password passcode token key secret codes trash spam junk factor 2fa mfa delete erase wipe purge review callback call-back dual dual-approval dual-control four-eyes maker-checker two-person"),
    // Literals cost a pass over the text each: only characters prose rarely has.
    literals: ['@'],
  },
  'tool.code-implant': { words: w('absorb assimilate incorporate integrate merge embed inject weave infuse fuse blend meld splice implant adopt embrace snippet excerpt fragment block script subsequent ensuing succeeding accompanying') },
  'exfil.prompt-leak': { words: w('prompt message instructions pre-prompt preprompt text configuration config setup rules brief'), near: { words: w('system initial original hidden secret internal developer given full entire pre started set initialized initialised configured launched booted deployed primed loaded'), before: 3, after: 4 } },
  'tool.exfiltrate-sensitive': { words: w('code codes passcode passcodes password passwords credential credentials api apikey api_key api_keys key keys secret secrets token tokens private ssh cookie cookies session env environment conversation chat history system personal credit bank contacts inbox emails files documents data'), near: { words: w('send forward email mail upload post transfer transmit leak share submit exfiltrate copy paste dump attach include dm write message'), before: 32, after: 40 } },
  'tool.send-to-external': { words: w('send forward email upload transfer transmit wire leak share exfiltrate') },
  'exfil.markdown-image-data': { words: [], literals: ['!['] },
  // (or the reader's conversation put into a link's slot: named as the user's, reader's or their latest)
  'exfil.url-data-placeholder': { words: w("http https user's reader's user reader their") },
};
