import type { EntityType as EntityTypeName, RelationType } from '../../domain/extraction';

/**
 * Relation frames over the dependency parse: one row per way English states a relation. A reader adds a
 * row, with its examples, without touching the engine (src/extract/frames/engine.ts); the argument-type
 * checks the guideline's conventions impose (C3, C8, C10, C13) and the lexicons the engine shares
 * (cyber topics, object-control verbs) live in the engine and the tree, not in rows.
 *
 * trigger  lemmas of the predicate, every inflection (the parse lemmatises); `pos` the word class.
 * subject  where the relation's subject is, tried in order:
 *            subj   the logical subject (active nsubj; the by-agent of a passive; inherited from a
 *                   coordinated verb, a relative clause's antecedent, a participle's noun, object control)
 *            obj    the logical object (active obj; the surface subject of a passive)
 *            <prep> an oblique or nominal modifier marked by that preposition (to, with, from, of, on, by, …),
 *                   on the predicate or on its object ("provides updates to the Board")
 *            holder for a relational noun or adjective: its possessor ("the Committee's oversight"), the
 *                   subject of the copula or of the light verb governing it ("X has oversight of",
 *                   "X is responsible for", "X assists the Board in its oversight of")
 *            governor  the holder without the possessor ("X works under the Committee's oversight": X)
 *          head   the noun the trigger modifies ("the team led by X": the team)
 *          self   the trigger noun itself ("the CISO's team": the team)
 * object   the same vocabulary; `topic` lets the object be the cybersecurity Topic when its phrase speaks of
 *          cyber, information-security or data-security risk or the program.
 * carrier  the object of the trigger must be one of these lemmas, and the relation's arguments are found
 *          around it ("provides *updates* to the Board", "receives *reports* from the CISO").
 * kind     REPORTS_TO kind: line or informs; `auto` = line to a person or role, informs to a committee.
 * boardSide  C11 meetings: whichever argument is the board body is the superior.
 * examples three invented paraphrases the frame must read (subject → object as written) and a near miss.
 */
export interface FrameExample {
  readonly text: string;
  readonly expect: readonly (readonly [string, string])[];
}

export interface Frame {
  readonly id: string;
  readonly relation: RelationType;
  readonly trigger: readonly string[];
  readonly pos: 'verb' | 'noun' | 'adj';
  readonly subject: readonly string[];
  readonly object: readonly string[];
  readonly topic?: boolean;
  readonly carrier?: readonly string[];
  /** The carrier may also be this preposition's object ("provides the CISO *with* updates"). */
  readonly carrierVia?: string;
  /** The trigger must have an open complement with one of these lemmas ("keeps the Board *informed*"). */
  readonly complement?: readonly string[];
  readonly kind?: 'line' | 'informs' | 'auto';
  readonly boardSide?: boolean;
  /** true: the predicate must have an object of its own ("reports incidents to"); false: must not ("reports to"). */
  readonly transitive?: boolean;
  /** Narrower argument types than the relation allows (C2: "<unit> led by <leader>"). */
  readonly subjectTypes?: readonly EntityTypeName[];
  readonly objectTypes?: readonly EntityTypeName[];
  /** The subject must (board) or must not (management) be the board or a board committee (C10 monitoring). */
  readonly subjectLevel?: 'board' | 'management';
  /** When no slot names a subject: the registrant, whose own arrangements a disclosure describes ("the use of outside firms"). */
  readonly impliedSubject?: 'E_CO';
  /** The predicate's object must be the registrant's own or its cyber program ("assessors review *our* controls"). */
  readonly ownObject?: boolean;
  /** The trigger must (string) or must not (`!` + string) be marked by this preposition ("under the oversight of"). */
  readonly marker?: string;
  readonly examples: readonly [FrameExample, FrameExample, FrameExample];
  readonly nearMiss: string;
}

const INFORM_CARRIERS: readonly string[] = [
  'update',
  'report',
  'briefing',
  'presentation',
  'information',
  'overview',
  'summary',
  'insight',
  'recommendation',
  'assessment',
  'review',
  'metric',
  'result',
  'finding',
];

export const FRAMES: readonly Frame[] = [
  // ---- REPORTS_TO --------------------------------------------------------------------------------
  {
    id: 'reports-to.line',
    relation: 'REPORTS_TO',
    trigger: ['report'],
    pos: 'verb',
    subject: ['subj'],
    object: ['to'],
    kind: 'auto',
    transitive: false,
    examples: [
      {
        text: 'Our Chief Resilience Officer reports directly to the Chief Operating Officer.',
        expect: [['Chief Resilience Officer', 'Chief Operating Officer']],
      },
      {
        text: 'The security operations team, which reports to our Chief Technology Officer, monitors our systems.',
        expect: [['security operations team', 'Chief Technology Officer']],
      },
      { text: 'Our CISO leads the program and reports to the General Counsel.', expect: [['CISO', 'General Counsel']] },
    ],
    nearMiss: 'The Chief Resilience Officer may report to the General Counsel if the Board so decides.',
  },
  {
    id: 'reports-to.inform-verb',
    relation: 'REPORTS_TO',
    trigger: ['brief', 'update', 'inform', 'apprise', 'advise', 'notify', 'educate'],
    pos: 'verb',
    subject: ['subj'],
    object: ['obj'],
    kind: 'informs',
    examples: [
      {
        text: 'The Chief Resilience Officer briefs the Risk Committee each quarter on our security posture.',
        expect: [['Chief Resilience Officer', 'Risk Committee']],
      },
      {
        text: 'The Risk Committee is updated at least twice a year by our Chief Technology Officer.',
        expect: [['Chief Technology Officer', 'Risk Committee']],
      },
      { text: 'Our security leaders inform the Board of Directors about significant threats.', expect: [['security leaders', 'Board of Directors']] },
    ],
    nearMiss: 'The Chief Resilience Officer would notify the Board of Directors if an incident were material.',
  },
  {
    id: 'reports-to.provide-carrier',
    relation: 'REPORTS_TO',
    trigger: ['provide', 'give', 'deliver', 'present', 'submit', 'make', 'send', 'share', 'communicate', 'furnish'],
    pos: 'verb',
    subject: ['subj'],
    object: ['to'],
    carrier: INFORM_CARRIERS,
    kind: 'informs',
    examples: [
      { text: 'Our Chief Resilience Officer provides quarterly updates to the Risk Committee.', expect: [['Chief Resilience Officer', 'Risk Committee']] },
      {
        text: 'Regular briefings on security matters are delivered to the Board of Directors by our Chief Technology Officer.',
        expect: [['Chief Technology Officer', 'Board of Directors']],
      },
      {
        text: 'The platform security team presents its findings to the Chief Operating Officer every month.',
        expect: [['platform security team', 'Chief Operating Officer']],
      },
    ],
    nearMiss: 'Our vendors provide software updates to our platform security team.',
  },
  {
    id: 'reports-to.provide-with',
    relation: 'REPORTS_TO',
    trigger: ['provide', 'furnish', 'supply', 'present'],
    pos: 'verb',
    subject: ['subj'],
    object: ['obj'],
    carrier: INFORM_CARRIERS,
    carrierVia: 'with',
    kind: 'informs',
    examples: [
      {
        text: 'The platform security team provides the Chief Resilience Officer with weekly updates.',
        expect: [['platform security team', 'Chief Resilience Officer']],
      },
      {
        text: 'Our Chief Technology Officer furnishes the Risk Committee with a quarterly report on cyber threats.',
        expect: [['Chief Technology Officer', 'Risk Committee']],
      },
      {
        text: 'The Board of Directors is provided with regular briefings by our Chief Resilience Officer.',
        expect: [['Chief Resilience Officer', 'Board of Directors']],
      },
    ],
    nearMiss: 'Our vendors provide the platform security team with software licenses.',
  },
  {
    id: 'reports-to.keep-informed',
    relation: 'REPORTS_TO',
    trigger: ['keep'],
    pos: 'verb',
    subject: ['subj'],
    object: ['obj', 'xsubj'],
    complement: ['inform', 'informed', 'update', 'updated', 'apprise', 'apprised', 'aware', 'abreast'],
    kind: 'informs',
    examples: [
      {
        text: 'The Chief Resilience Officer keeps the Risk Committee informed of significant incidents.',
        expect: [['Chief Resilience Officer', 'Risk Committee']],
      },
      {
        text: 'Together the CTO and the General Counsel keep senior management updated on cyber risks.',
        expect: [
          ['CTO', 'senior management'],
          ['General Counsel', 'senior management'],
        ],
      },
      {
        text: 'Our platform security team keeps the Chief Technology Officer apprised of new threats.',
        expect: [['platform security team', 'Chief Technology Officer']],
      },
    ],
    nearMiss: 'The Chief Resilience Officer keeps the incident logs for seven years.',
  },
  {
    id: 'reports-to.report-something',
    relation: 'REPORTS_TO',
    trigger: ['report', 'escalate', 'present', 'communicate', 'relay'],
    pos: 'verb',
    subject: ['subj'],
    object: ['to'],
    kind: 'informs',
    transitive: true,
    examples: [
      { text: 'The Chief Resilience Officer reports significant incidents to the Risk Committee.', expect: [['Chief Resilience Officer', 'Risk Committee']] },
      {
        text: 'Material threats are escalated to the Board of Directors by our Chief Technology Officer.',
        expect: [['Chief Technology Officer', 'Board of Directors']],
      },
      {
        text: 'Our security operations team escalates critical alerts to the Chief Operating Officer.',
        expect: [['security operations team', 'Chief Operating Officer']],
      },
    ],
    nearMiss: 'Significant incidents are escalated to the Risk Committee.',
  },
  {
    id: 'reports-to.receive-from',
    relation: 'REPORTS_TO',
    trigger: ['receive', 'review', 'hear', 'obtain', 'get'],
    pos: 'verb',
    subject: ['from', 'by'],
    object: ['subj'],
    carrier: INFORM_CARRIERS,
    kind: 'informs',
    examples: [
      { text: 'The Risk Committee receives quarterly reports from the Chief Resilience Officer.', expect: [['Chief Resilience Officer', 'Risk Committee']] },
      {
        text: 'Our Board of Directors regularly reviews updates from the Chief Technology Officer on emerging threats.',
        expect: [['Chief Technology Officer', 'Board of Directors']],
      },
      {
        text: 'The Chief Operating Officer receives a monthly briefing from the platform security team.',
        expect: [['platform security team', 'Chief Operating Officer']],
      },
    ],
    nearMiss: 'The Risk Committee receives threat intelligence from industry groups.',
  },
  {
    id: 'reports-to.meet',
    relation: 'REPORTS_TO',
    trigger: ['meet', 'discuss', 'confer', 'engage', 'review', 'consult', 'communicate', 'speak', 'interact'],
    pos: 'verb',
    subject: ['subj'],
    object: ['with'],
    kind: 'informs',
    boardSide: true,
    examples: [
      { text: 'The Chief Resilience Officer meets quarterly with the Risk Committee.', expect: [['Chief Resilience Officer', 'Risk Committee']] },
      {
        text: 'The Risk Committee meets with our Chief Technology Officer to review security metrics.',
        expect: [['Chief Technology Officer', 'Risk Committee']],
      },
      {
        text: 'The Board of Directors reviews with the Chief Operating Officer the results of our testing.',
        expect: [['Chief Operating Officer', 'Board of Directors']],
      },
    ],
    nearMiss: 'The Chief Resilience Officer meets with the platform security team every week.',
  },
  {
    id: 'reports-to.led-by',
    relation: 'REPORTS_TO',
    trigger: ['lead', 'head', 'manage', 'direct', 'run'],
    pos: 'verb',
    subject: ['obj'],
    object: ['subj'],
    kind: 'line',
    subjectTypes: ['InternalUnit'],
    objectTypes: ['Person', 'Role'],
    examples: [
      { text: 'The platform security team is led by our Chief Resilience Officer.', expect: [['platform security team', 'Chief Resilience Officer']] },
      { text: 'Our Chief Technology Officer heads the security operations team.', expect: [['security operations team', 'Chief Technology Officer']] },
      {
        text: 'We have a threat response group, managed by the Vice President of Platform Security.',
        expect: [['threat response group', 'Vice President of Platform Security']],
      },
    ],
    nearMiss: 'Our Chief Technology Officer leads our efforts to manage cyber risk.',
  },
  {
    id: 'reports-to.possessed-unit',
    relation: 'REPORTS_TO',
    trigger: ['team', 'group', 'staff', 'organization', 'department', 'function', 'unit'],
    pos: 'noun',
    subject: ['self'],
    object: ['poss'],
    kind: 'line',
    subjectTypes: ['InternalUnit'],
    objectTypes: ['Person', 'Role'],
    examples: [
      {
        text: "The Chief Resilience Officer's security operations team monitors our networks around the clock.",
        expect: [['security operations team', 'Chief Resilience Officer']],
      },
      { text: "Our CISO's leadership team consists of seasoned security practitioners.", expect: [['leadership team', 'CISO']] },
      {
        text: "Alerts are triaged by the Head of Platform Security's incident response group.",
        expect: [['incident response group', 'Head of Platform Security']],
      },
    ],
    nearMiss: "The Audit Committee's review of the security team's work takes place each quarter.",
  },
  // ---- OVERSEES ----------------------------------------------------------------------------------
  {
    id: 'oversees.verb',
    relation: 'OVERSEES',
    trigger: ['oversee', 'supervise', 'govern'],
    pos: 'verb',
    subject: ['subj'],
    object: ['obj'],
    topic: true,
    examples: [
      { text: 'The Risk Committee oversees our cybersecurity risk management program.', expect: [['Risk Committee', 'cybersecurity risk']] },
      { text: 'Risks from cybersecurity threats are overseen by the Board of Directors.', expect: [['Board of Directors', 'cybersecurity risk']] },
      {
        text: 'The Chief Resilience Officer, who supervises the platform security team, joined us in 2021.',
        expect: [['Chief Resilience Officer', 'platform security team']],
      },
    ],
    nearMiss: 'The Risk Committee may oversee our cybersecurity program in the future.',
  },
  {
    id: 'oversees.noun',
    relation: 'OVERSEES',
    trigger: ['oversight', 'supervision'],
    pos: 'noun',
    subject: ['holder'],
    object: ['of', 'over', 'for'],
    topic: true,
    marker: '!under',
    examples: [
      { text: 'The Risk Committee has oversight of risks from cybersecurity threats.', expect: [['Risk Committee', 'cybersecurity risk']] },
      {
        text: 'The Technology Committee assists the Board of Directors in its oversight of information security.',
        expect: [['Technology Committee', 'cybersecurity risk']],
      },
      { text: 'Our Board of Directors maintains oversight of information security matters.', expect: [['Board of Directors', 'cybersecurity risk']] },
    ],
    nearMiss: 'Her background includes oversight of cybersecurity programs at two banks.',
  },
  {
    id: 'oversees.under',
    relation: 'OVERSEES',
    trigger: ['oversight', 'supervision', 'purview', 'auspices'],
    pos: 'noun',
    subject: ['of', 'poss'],
    object: ['governor'],
    marker: 'under',
    topic: true,
    examples: [
      {
        text: 'Under the oversight of the Risk Committee, our platform security team runs the program.',
        expect: [['Risk Committee', 'platform security team']],
      },
      {
        text: 'The Technology Committee, under the supervision of the Board of Directors, reviews cyber risk.',
        expect: [['Board of Directors', 'Technology Committee']],
      },
      { text: "Our Chief Resilience Officer works under the Risk Committee's oversight.", expect: [['Risk Committee', 'Chief Resilience Officer']] },
    ],
    nearMiss: 'The Risk Committee has oversight of the program, and our platform security team runs it.',
  },
  {
    id: 'oversees.monitor',
    relation: 'OVERSEES',
    trigger: ['monitor'],
    pos: 'verb',
    subject: ['subj'],
    object: ['obj'],
    topic: true,
    subjectLevel: 'board',
    examples: [
      { text: 'The Risk Committee monitors our cybersecurity risk exposure.', expect: [['Risk Committee', 'cybersecurity risk']] },
      {
        text: 'Cybersecurity threats are monitored by the Board of Directors through regular reports.',
        expect: [['Board of Directors', 'cybersecurity risk']],
      },
      {
        text: 'The Technology Committee, which monitors information security risks, meets four times a year.',
        expect: [['Technology Committee', 'cybersecurity risk']],
      },
    ],
    nearMiss: 'The Risk Committee monitors whether our insurance coverage is adequate.',
  },
  // ---- RESPONSIBLE_FOR ---------------------------------------------------------------------------
  {
    id: 'responsible-for.adj',
    relation: 'RESPONSIBLE_FOR',
    trigger: ['responsible', 'accountable'],
    pos: 'adj',
    subject: ['holder', 'head'],
    object: ['for'],
    topic: true,
    examples: [
      {
        text: 'Our Chief Resilience Officer is responsible for assessing and managing cybersecurity risks.',
        expect: [['Chief Resilience Officer', 'cybersecurity risk']],
      },
      {
        text: 'The platform security team, which is accountable for our information security program, reports to the CIO.',
        expect: [['platform security team', 'cybersecurity risk']],
      },
      {
        text: 'We have a threat response group responsible for day-to-day cybersecurity operations.',
        expect: [['threat response group', 'cybersecurity risk']],
      },
    ],
    nearMiss: 'Our Chief Resilience Officer is responsible for facilities and procurement.',
  },
  {
    id: 'responsible-for.noun',
    relation: 'RESPONSIBLE_FOR',
    trigger: ['responsibility', 'accountability', 'charge', 'ownership'],
    pos: 'noun',
    subject: ['of', 'holder'],
    object: ['for', 'over', 'to', 'copsubj', 'of'],
    topic: true,
    examples: [
      {
        text: 'The Chief Resilience Officer has primary responsibility for our cybersecurity program.',
        expect: [['Chief Resilience Officer', 'cybersecurity risk']],
      },
      {
        text: 'Day-to-day management of cybersecurity risks is the responsibility of our platform security team.',
        expect: [['platform security team', 'cybersecurity risk']],
      },
      { text: 'Our Chief Technology Officer is in charge of information security.', expect: [['Chief Technology Officer', 'cybersecurity risk']] },
    ],
    nearMiss: 'The Chief Resilience Officer has responsibility for our real estate portfolio.',
  },
  {
    id: 'responsible-for.verb',
    relation: 'RESPONSIBLE_FOR',
    trigger: ['manage', 'lead', 'head', 'direct', 'run', 'own', 'assess', 'implement', 'coordinate', 'drive', 'administer', 'monitor'],
    pos: 'verb',
    subject: ['subj'],
    object: ['obj'],
    topic: true,
    examples: [
      { text: 'Our Chief Resilience Officer leads our information security program.', expect: [['Chief Resilience Officer', 'cybersecurity risk']] },
      { text: 'Cybersecurity risks are managed by the platform security team.', expect: [['platform security team', 'cybersecurity risk']] },
      {
        text: 'The Chief Technology Officer, who heads our cybersecurity function, joined in 2020.',
        expect: [['Chief Technology Officer', 'cybersecurity risk']],
      },
    ],
    nearMiss: 'Our Chief Resilience Officer manages our real estate and facilities.',
  },
  {
    id: 'responsible-for.activity',
    relation: 'RESPONSIBLE_FOR',
    trigger: [
      'address',
      'respond',
      'prevent',
      'detect',
      'mitigate',
      'remediate',
      'protect',
      'defend',
      'handle',
      'investigate',
      'contain',
      'identify',
      'counter',
      'combat',
      'initiate',
      'execute',
      'operate',
    ],
    pos: 'verb',
    subject: ['subj'],
    object: ['obj', 'to'],
    topic: true,
    examples: [
      {
        text: 'Our platform security team detects and responds to cybersecurity incidents around the clock.',
        expect: [['platform security team', 'cybersecurity risk']],
      },
      {
        text: 'A threat response group addresses information security threats across our business units.',
        expect: [['threat response group', 'cybersecurity risk']],
      },
      {
        text: 'Our Chief Resilience Officer identifies and mitigates cyber threats to our stores.',
        expect: [['Chief Resilience Officer', 'cybersecurity risk']],
      },
    ],
    nearMiss: 'Our platform security team responds to customer questions about billing.',
  },
  {
    id: 'responsible-for.tasked',
    relation: 'RESPONSIBLE_FOR',
    trigger: ['task', 'charge', 'entrust', 'empower'],
    pos: 'verb',
    subject: ['obj'],
    object: ['with', 'to'],
    topic: true,
    examples: [
      { text: 'The Resilience Council is tasked with evaluating cybersecurity incidents.', expect: [['Resilience Council', 'cybersecurity risk']] },
      {
        text: 'Our platform security team is charged with the protection of our information systems against cyber attacks.',
        expect: [['platform security team', 'cybersecurity risk']],
      },
      { text: 'We have tasked our Chief Technology Officer with the cybersecurity program.', expect: [['Chief Technology Officer', 'cybersecurity risk']] },
    ],
    nearMiss: 'The Resilience Council is tasked with planning our annual offsite.',
  },
  {
    id: 'responsible-for.under-direction',
    relation: 'RESPONSIBLE_FOR',
    trigger: ['direction', 'leadership', 'management', 'guidance', 'stewardship'],
    pos: 'noun',
    subject: ['of', 'poss'],
    object: ['governor'],
    marker: 'under',
    topic: true,
    examples: [
      {
        text: 'Our cybersecurity program is under the direction of our Chief Resilience Officer.',
        expect: [['Chief Resilience Officer', 'cybersecurity risk']],
      },
      {
        text: "Information security operations run under the Chief Technology Officer's leadership.",
        expect: [['Chief Technology Officer', 'cybersecurity risk']],
      },
      {
        text: 'Our response to cyber threats is under the guidance of our Chief Resilience Officer.',
        expect: [['Chief Resilience Officer', 'cybersecurity risk']],
      },
    ],
    nearMiss: 'Our retail stores are under the direction of our Chief Operating Officer.',
  },
  {
    id: 'responsible-for.possessed-activity',
    relation: 'RESPONSIBLE_FOR',
    trigger: ['implementation', 'execution', 'administration', 'management', 'effort', 'handling', 'operation'],
    pos: 'noun',
    subject: ['poss'],
    object: ['of'],
    topic: true,
    examples: [
      { text: "The Risk Committee oversees management's implementation of our cybersecurity program.", expect: [['management', 'cybersecurity risk']] },
      {
        text: "The Board reviews the platform security team's handling of cybersecurity incidents.",
        expect: [['platform security team', 'cybersecurity risk']],
      },
      {
        text: "The Chief Technology Officer's management of information security risks is reviewed each year.",
        expect: [['Chief Technology Officer', 'cybersecurity risk']],
      },
    ],
    nearMiss: "The Risk Committee oversees management's implementation of the new payroll system.",
  },
  // ---- CHAIRS / MEMBER_OF ------------------------------------------------------------------------
  {
    id: 'chairs.verb',
    relation: 'CHAIRS',
    trigger: ['chair', 'lead', 'head', 'preside'],
    pos: 'verb',
    subject: ['subj', 'over'],
    object: ['obj', 'over'],
    examples: [
      { text: 'Our Chief Technology Officer chairs the Resilience Council.', expect: [['Chief Technology Officer', 'Resilience Council']] },
      { text: 'The Resilience Council is chaired by our Chief Resilience Officer.', expect: [['Chief Resilience Officer', 'Resilience Council']] },
      {
        text: 'We have a Security Steering Committee, led by the Chief Operating Officer, that meets monthly.',
        expect: [['Chief Operating Officer', 'Security Steering Committee']],
      },
    ],
    nearMiss: 'The Resilience Council leads our response to incidents.',
  },
  {
    id: 'member-of.body-has',
    relation: 'MEMBER_OF',
    trigger: ['consist', 'comprise', 'compose', 'include', 'make', 'involve'],
    pos: 'verb',
    subject: ['obj', 'of'],
    object: ['subj', 'obj'],
    examples: [
      {
        text: 'The Resilience Council consists of the Chief Technology Officer and the General Counsel.',
        expect: [
          ['Chief Technology Officer', 'Resilience Council'],
          ['General Counsel', 'Resilience Council'],
        ],
      },
      {
        text: 'The Security Steering Committee is composed of our Chief Operating Officer and leaders of our business units.',
        expect: [['Chief Operating Officer', 'Security Steering Committee']],
      },
      { text: 'Members of the Resilience Council include the Chief Resilience Officer.', expect: [['Chief Resilience Officer', 'Resilience Council']] },
    ],
    nearMiss: 'The Resilience Council reviews incidents that include third-party systems.',
  },
  {
    id: 'member-of.serve-on',
    relation: 'MEMBER_OF',
    trigger: ['serve', 'sit', 'participate'],
    pos: 'verb',
    subject: ['subj'],
    object: ['on', 'in'],
    examples: [
      {
        text: 'Our Chief Resilience Officer serves on the Security Steering Committee.',
        expect: [['Chief Resilience Officer', 'Security Steering Committee']],
      },
      {
        text: 'The General Counsel and the Chief Technology Officer sit on the Resilience Council.',
        expect: [
          ['General Counsel', 'Resilience Council'],
          ['Chief Technology Officer', 'Resilience Council'],
        ],
      },
      { text: 'The platform security team participates in the Resilience Council.', expect: [['platform security team', 'Resilience Council']] },
    ],
    nearMiss: 'Our Chief Resilience Officer served on the board of a hospital before joining us.',
  },
  // ---- ENGAGES -----------------------------------------------------------------------------------
  {
    id: 'engages.verb',
    relation: 'ENGAGES',
    trigger: ['engage', 'retain', 'hire', 'use', 'leverage', 'utilize', 'employ', 'contract', 'enlist', 'rely', 'select', 'appoint', 'outsource', 'commission'],
    pos: 'verb',
    subject: ['subj'],
    object: ['obj', 'on', 'with', 'to'],
    examples: [
      { text: 'We engage outside forensic specialists to test our defenses.', expect: [['we', 'outside forensic specialists']] },
      { text: 'Independent assessors are retained by us every year to review the program.', expect: [['we', 'Independent assessors']] },
      {
        text: 'The Company uses external consultants and penetration testers for this work.',
        expect: [
          ['we', 'external consultants'],
          ['we', 'penetration testers'],
        ],
      },
    ],
    nearMiss: 'We may engage outside forensic specialists when an incident occurs.',
  },
  {
    id: 'engages.work-with',
    relation: 'ENGAGES',
    trigger: ['work', 'partner', 'collaborate', 'consult', 'team', 'coordinate'],
    pos: 'verb',
    subject: ['subj'],
    object: ['with'],
    examples: [
      { text: 'We work closely with outside forensic specialists on penetration testing.', expect: [['we', 'outside forensic specialists']] },
      { text: 'Our security team collaborates with independent assessors on annual reviews.', expect: [['we', 'independent assessors']] },
      { text: 'The Company collaborates with external consultants to improve the program.', expect: [['we', 'external consultants']] },
    ],
    nearMiss: 'We may work with outside forensic specialists if an incident occurs.',
  },
  {
    id: 'engages.nominal',
    relation: 'ENGAGES',
    trigger: ['use', 'engagement', 'retention', 'hiring', 'involvement', 'coordination', 'partnership', 'consultation'],
    pos: 'noun',
    subject: ['holder'],
    object: ['of', 'with'],
    impliedSubject: 'E_CO',
    examples: [
      { text: 'Our program includes the use of outside forensic specialists to test our defenses.', expect: [['we', 'outside forensic specialists']] },
      { text: 'Periodic engagement of independent assessors helps us certify our controls.', expect: [['we', 'independent assessors']] },
      { text: 'We monitor our networks in coordination with an external monitoring firm.', expect: [['we', 'external monitoring firm']] },
    ],
    nearMiss: 'Our vendors restrict the use of our data to the purposes we approve.',
  },
  {
    id: 'engages.participle',
    relation: 'ENGAGES',
    trigger: ['retain', 'engage', 'hire', 'contract', 'appoint'],
    pos: 'adj',
    subject: ['by'],
    object: ['head'],
    impliedSubject: 'E_CO',
    examples: [
      { text: 'The CISO supervises our retained external security consultants.', expect: [['we', 'external security consultants']] },
      { text: 'We rely on the findings of retained forensic specialists after every incident.', expect: [['we', 'forensic specialists']] },
      { text: 'Our contracted penetration testers report their findings to the CISO.', expect: [['we', 'penetration testers']] },
    ],
    nearMiss: 'Our retained earnings grew during the year.',
  },
  {
    id: 'engages.assistance',
    relation: 'ENGAGES',
    trigger: ['assistance', 'help', 'support', 'input', 'aid', 'expertise'],
    pos: 'noun',
    subject: ['holder'],
    object: ['of', 'from'],
    examples: [
      { text: 'With the assistance of outside forensic specialists, we test our defenses.', expect: [['we', 'outside forensic specialists']] },
      { text: 'We review the program annually with the help of independent assessors.', expect: [['we', 'independent assessors']] },
      { text: 'Our team, with support from external consultants, tests our incident plans.', expect: [['we', 'external consultants']] },
    ],
    nearMiss: 'Our vendors may request the assistance of our security team.',
  },
  {
    // GUIDELINE §3.3 ENGAGES: "third parties conduct penetration tests for us"
    id: 'engages.party-performs',
    relation: 'ENGAGES',
    trigger: ['test', 'assess', 'audit', 'review', 'evaluate', 'validate', 'certify', 'scan', 'conduct', 'perform', 'examine', 'attest'],
    pos: 'verb',
    subject: [],
    object: ['subj'],
    impliedSubject: 'E_CO',
    ownObject: true,
    examples: [
      { text: 'Independent assessors review our cybersecurity program every year.', expect: [['we', 'Independent assessors']] },
      { text: 'Our external auditor will test relevant controls around our cybersecurity program.', expect: [['we', 'external auditor']] },
      { text: 'Each year, external penetration testers examine our networks and applications.', expect: [['we', 'external penetration testers']] },
    ],
    nearMiss: 'Our hosting providers assess their own data centers against industry standards.',
  },
];
