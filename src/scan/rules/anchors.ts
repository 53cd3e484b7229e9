// Anchor words per rule: every match of the rule contains at least one of them as a whole
// token. Long texts only run a rule on the neighbourhood of its anchors, which keeps the
// scanner fast; test/scan/rules.test.ts checks that each rule's positives carry an anchor.
// Literals are substrings checked with indexOf (punctuation the tokenizer splits apart).

export interface Anchors {
  words: string[];
  literals?: string[];
  /**
   * For anchors that are common words: an anchor token only counts when one of these words or
   * punctuation characters lies within `before` tokens before it or `after` tokens after it
   * (every match of the rule has one there).
   */
  near?: { words?: string[]; punct?: string; before: number; after: number };
}

const w = (s: string): string[] => s.trim().split(/\s+/);

const AI_WORDS = 'ai assistant assistants llm llms chatbot chatbots gpt chatgpt claude gemini copilot model models agent agents bot bots language system systems';

export const RULE_ANCHORS: Record<string, Anchors> = {
  'override.ignore-previous': { words: w('ignore ignoring ignored disregard disregarding forget forgetting discard overlook override overriding bypass skip abandon neglect aside throw cancel drop') },
  'override.ignore-previous-multilingual': {
    words: w('ignoriere ignorieren ignoriert ignorier vergiss vergessen missachte ignorez ignorer ignore oubliez oublier oublie ne ignora olvida olvide descarta omite dimentica trascura ignorate esqueca desconsidere игнорируй игнорируйте забудь забудьте'),
    literals: ['忽略', '无视', '忘记', '忽視', '無視'],
  },
  'override.new-instructions': {
    words: w('task goal job instruction instructions objective mission purpose role directive directives prompt orders instead'),
    near: { words: w('your new updated revised additional override overriding secret hidden priority urgent follow'), punct: ':', before: 4, after: 2 },
  },
  'override.stop-task': { words: w('stop halt abort cease pause drop instead rather forget follow complete answer fulfil fulfill obey continue') },
  'override.instructions-void': {
    words: w('void cancelled canceled cancelled outdated obsolete wrong revoked longer invalid superseded deprecated overridden replaced suspended lifted'),
    near: { words: w('instruction instructions prompt prompts task tasks rules directive directives'), before: 5, after: 0 },
  },
  'override.decode-and-follow': { words: w('decode decipher decrypt unscramble reverse deobfuscate base64 base hex rot13 encoded reversed') },
  'role.chat-template-token': { words: w('inst sys start_of_turn end_of_turn'), literals: ['<|'] },
  'role.system-marker': { words: w('system sys admin administrator developer root operator role'), near: { punct: ':[]()<>*#"', before: 3, after: 4 } },
  'role.fake-boundary': {
    words: w('end start begin complete completed done finished'),
    near: { words: w('task summary answer translation response analysis'), punct: '[<(=#*-', before: 3, after: 0 },
  },
  'persona.switch': { words: w('now act behave respond answer reply roleplay pretend'), near: { words: w('you from as'), before: 4, after: 2 } },
  'persona.jailbreak': { words: w('mode jailbroken anything unrestricted unfiltered ethical moral safety content bound freed free broken') },
  'delimiter.untrusted-data-marker': { words: w('untrusted untrusted_data untrusted-data') },
  'delimiter.external-data-marker': { words: w('external') },
  'address.to-assistant': {
    words: w(`${AI_WORDS} a.i working acting assisting helping`),
    near: {
      words: w("dear hey hi hello attention note message instructions instruction reminder notice important p s ps you you're are reading processing summarizing summarising parsing analyzing analysing handling reviewing working that"),
      before: 7,
      after: 3,
    },
  },
  'address.your-response': { words: w('reply response answer output summary translation message completion responses answers replies answering responding replying summarizing summarising proceeding continue proceed summarize summarise anything must go move carry'), near: { words: w('your you before of'), before: 4, after: 3 } },
  'hidden.instruction-tag': {
    words: w('important secret hidden instruction instructions system system_prompt system_instructions system_note admin ai ai_instructions assistant assistant_instructions'),
    literals: ['<!--'],
    near: { punct: '<', before: 1, after: 0 },
  },
  'hidden.conceal-from-user': { words: w('user human customer recipient operator know reader anyone mention reveal disclose acknowledge secret hidden confidential between silently secretly quietly covertly discreetly'), near: { words: w("not don't dont never without keep keeping send forward add include call run execute email transfer upload post visit open append insert delete share mention reveal disclose acknowledge"), before: 6, after: 2 } },
  'tool.call-tool': { words: w('tool function plugin tool_call function_call function_calls invoke'), near: { words: w('call invoke trigger use'), punct: '<', before: 12, after: 0 } },
  'tool.exfiltrate-sensitive': { words: w('password passwords credential credentials api apikey api_key api_keys key keys secret secrets token tokens private ssh cookie cookies session env environment conversation chat history system personal credit bank contacts inbox emails files documents data'), near: { words: w('send forward email mail upload post transfer transmit leak share submit exfiltrate copy paste dump attach include'), before: 12, after: 0 } },
  'tool.send-to-external': { words: w('send forward email upload transfer transmit wire leak share exfiltrate') },
  'exfil.markdown-image-data': { words: [], literals: ['!['] },
  'exfil.url-data-placeholder': { words: w('http https') },
};
