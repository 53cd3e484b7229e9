// Anchor words per rule: every match of the rule contains at least one of them as a whole
// token. Long texts only run a rule on the neighbourhood of its anchors, which keeps the
// scanner fast; test/scan/rules.test.ts checks that each rule's positives carry an anchor.
// Literals are substrings checked with indexOf (punctuation the tokenizer splits apart).

export interface Anchors {
  words: string[];
  literals?: string[];
}

const w = (s: string): string[] => s.trim().split(/\s+/);

const AI_WORDS = 'ai assistant assistants llm llms chatbot chatbots gpt chatgpt claude gemini copilot model models agent agents bot bots language system systems';

export const RULE_ANCHORS: Record<string, Anchors> = {
  'override.ignore-previous': { words: w('ignore ignoring ignored disregard disregarding forget forgetting discard overlook override overriding bypass skip abandon neglect aside throw cancel drop') },
  'override.ignore-previous-multilingual': {
    words: w('ignoriere ignorieren ignoriert ignorier vergiss vergessen missachte ignorez ignorer ignore oubliez oublier oublie ne ignora olvida olvide descarta omite dimentica trascura ignorate esqueca desconsidere игнорируй игнорируйте забудь забудьте'),
    literals: ['忽略', '无视', '忘记', '忽視', '無視'],
  },
  'override.new-instructions': { words: w('task goal job instruction instructions objective mission purpose role directive directives prompt orders instead') },
  'override.stop-task': { words: w('stop halt abort cease pause drop instead rather forget') },
  'override.instructions-void': { words: w('void cancelled canceled cancelled outdated obsolete wrong revoked longer invalid superseded deprecated overridden replaced suspended lifted') },
  'override.decode-and-follow': { words: w('decode decipher decrypt unscramble reverse deobfuscate base64 base hex rot13 encoded reversed') },
  'role.chat-template-token': { words: w('inst sys start_of_turn end_of_turn'), literals: ['<|'] },
  'role.system-marker': { words: w('system sys admin administrator developer root operator role') },
  'role.fake-boundary': { words: w('end start begin complete completed done finished') },
  'persona.switch': { words: w('now act behave respond answer reply roleplay pretend') },
  'persona.jailbreak': { words: w('mode jailbroken anything unrestricted unfiltered ethical moral safety content bound freed free broken') },
  'delimiter.untrusted-data-marker': { words: w('untrusted untrusted_data untrusted-data') },
  'delimiter.external-data-marker': { words: w('external') },
  'address.to-assistant': { words: w(`${AI_WORDS} a.i`) },
  'address.your-response': { words: w('reply response answer output summary translation message completion responses answers replies answering responding replying summarizing summarising proceeding continue proceed summarize summarise anything must') },
  'hidden.instruction-tag': { words: w('important secret hidden instruction instructions system system_prompt system_instructions system_note admin ai ai_instructions assistant assistant_instructions') },
  'hidden.conceal-from-user': { words: w('user human customer recipient operator know reader anyone mention reveal disclose acknowledge secret hidden confidential between silently secretly quietly covertly discreetly') },
  'tool.call-tool': { words: w('tool function plugin tool_call function_call function_calls invoke') },
  'tool.exfiltrate-sensitive': { words: w('password passwords credential credentials api apikey api_key api_keys key keys secret secrets token tokens private ssh cookie cookies session env environment conversation chat history system personal credit bank contacts inbox emails files documents data') },
  'tool.send-to-external': { words: w('send forward email upload transfer transmit wire leak share exfiltrate') },
  'exfil.markdown-image-data': { words: [], literals: ['!['] },
  'exfil.url-data-placeholder': { words: w('http https') },
};
