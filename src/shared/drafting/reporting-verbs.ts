/** How a reporting verb colours the claim: students learn that "claimed" is not "said". */
export type Stance = 'neutral' | 'loaded' | 'denial' | 'hedged'

interface ReportingVerb {
  lemma: string
  stance: Stance
  forms: string[]
}

function regular(lemma: string, stance: Stance, extra: string[] = []): ReportingVerb {
  const stem = lemma.endsWith('e') ? lemma.slice(0, -1) : lemma
  const third = /(s|sh|ch|x|z)$/.test(lemma)
    ? `${lemma}es`
    : /[^aeiou]y$/.test(lemma)
      ? `${lemma.slice(0, -1)}ies`
      : `${lemma}s`
  const past = /[^aeiou]y$/.test(lemma) ? `${lemma.slice(0, -1)}ied` : `${stem}ed`
  return { lemma, stance, forms: [lemma, third, past, `${stem}ing`, ...extra] }
}

const VERBS: ReportingVerb[] = [
  { lemma: 'say', stance: 'neutral', forms: ['say', 'says', 'said', 'saying'] },
  { lemma: 'tell', stance: 'neutral', forms: ['tell', 'tells', 'told', 'telling'] },
  regular('note', 'neutral'),
  regular('state', 'neutral'),
  regular('report', 'neutral'),
  regular('announce', 'neutral'),
  regular('add', 'neutral'),
  regular('explain', 'neutral'),
  regular('describe', 'neutral'),
  regular('comment', 'neutral'),
  regular('conclude', 'neutral'),
  regular('discuss', 'neutral'),
  regular('thank', 'neutral'),
  regular('encourage', 'neutral'),
  regular('express', 'neutral'),
  regular('reply', 'neutral'),
  regular('respond', 'neutral'),
  regular('testify', 'neutral'),
  regular('recall', 'neutral'),
  regular('mention', 'neutral'),
  regular('tweet', 'neutral'),
  regular('predict', 'hedged'),
  // Only with a group of knowers as subject ("most economists see a slowdown"): a view, not sight.
  { lemma: 'see', stance: 'hedged', forms: ['see', 'sees'] },
  regular('estimate', 'hedged'),
  regular('expect', 'hedged'),
  regular('fear', 'hedged'),
  regular('hope', 'hedged'),
  { lemma: 'think', stance: 'hedged', forms: ['think', 'thinks', 'thought', 'thinking'] },
  // "called on", "called for", "called X 'Y'": the attribution checks what follows.
  { lemma: 'call', stance: 'neutral', forms: ['call', 'calls', 'called', 'calling'] },
  { lemma: 'identify', stance: 'neutral', forms: ['identified', 'identifies'] },
  // Only as "found that" / "finds that" (a review's finding); the attribution checks the "that".
  { lemma: 'find', stance: 'neutral', forms: ['found', 'finds'] },
  { lemma: 'write', stance: 'neutral', forms: ['write', 'writes', 'wrote', 'writing'] },
  regular('claim', 'loaded'),
  regular('allege', 'loaded'),
  regular('accuse', 'loaded'),
  regular('insist', 'loaded'),
  regular('admit', 'loaded', ['admitted', 'admitting']),
  regular('confirm', 'loaded'),
  regular('condemn', 'loaded'),
  regular('emphasize', 'loaded'),
  regular('emphasise', 'loaded'),
  regular('maintain', 'loaded'),
  regular('argue', 'loaded'),
  regular('warn', 'loaded'),
  regular('blame', 'loaded'),
  regular('acknowledge', 'loaded'),
  regular('stress', 'loaded'),
  regular('praise', 'loaded'),
  regular('urge', 'loaded'),
  regular('label', 'loaded', ['labelled', 'labelling']),
  regular('brand', 'loaded'),
  regular('rebuke', 'loaded'),
  regular('denounce', 'loaded'),
  regular('proclaim', 'loaded'),
  regular('boast', 'loaded'),
  regular('concede', 'loaded'),
  regular('assert', 'loaded'),
  regular('contend', 'loaded'),
  regular('declare', 'loaded'),
  regular('criticize', 'loaded'),
  regular('criticise', 'loaded'),
  regular('vow', 'loaded'),
  regular('promise', 'loaded'),
  regular('demand', 'loaded'),
  regular('slam', 'loaded', ['slammed', 'slamming']),
  regular('deny', 'denial'),
  regular('reject', 'denial'),
  regular('dispute', 'denial'),
  regular('dismiss', 'denial'),
  regular('refute', 'denial'),
  regular('suggest', 'hedged'),
  regular('believe', 'hedged')
]

const BY_FORM = new Map<string, ReportingVerb>()
for (const verb of VERBS) for (const form of verb.forms) BY_FORM.set(form, verb)

export function reportingVerb(word: string): { lemma: string; stance: Stance } | undefined {
  const verb = BY_FORM.get(word.toLowerCase())
  return verb && { lemma: verb.lemma, stance: verb.stance }
}

export const STANCE_WORDS: Record<Stance, string> = {
  neutral: 'a neutral reporting verb',
  loaded: 'a loaded reporting verb',
  denial: 'a verb of denial',
  hedged: 'a hedging verb'
}
