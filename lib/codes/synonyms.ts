/**
 * What billing staff type instead of the tabular wording: abbreviations from charts and superbills,
 * and lay terms from patients and referrals. Each expands to words that appear in ICD-10-CM /
 * HCPCS titles, so the word index then finds the codes (nothing here names a code).
 * Keys are lower-case words separated by single spaces.
 */

export const ABBREVIATIONS: Record<string, string> = {
  // Cardiovascular
  htn: 'essential primary hypertension',
  'ht n': 'hypertension',
  hld: 'hyperlipidemia',
  hlp: 'hyperlipidemia',
  chf: 'heart failure',
  hf: 'heart failure',
  hfref: 'systolic heart failure',
  hfpef: 'diastolic heart failure',
  cad: 'atherosclerotic heart disease native coronary artery',
  ascvd: 'atherosclerotic heart disease',
  mi: 'myocardial infarction',
  ami: 'acute myocardial infarction',
  stemi: 'st elevation myocardial infarction',
  nstemi: 'non st elevation myocardial infarction',
  afib: 'atrial fibrillation',
  'a fib': 'atrial fibrillation',
  af: 'atrial fibrillation',
  aflutter: 'atrial flutter',
  svt: 'supraventricular tachycardia',
  vtach: 'ventricular tachycardia',
  'v tach': 'ventricular tachycardia',
  vfib: 'ventricular fibrillation',
  pvd: 'peripheral vascular disease',
  dvt: 'deep vein thrombosis',
  // Ambiguous on a chart: each sense answers, in turn (" | " separates the senses).
  pe: 'pulmonary embolism | pleural effusion',
  cva: 'cerebral infarction',
  tia: 'transient cerebral ischemic attack',
  aaa: 'abdominal aortic aneurysm',
  cabg: 'aortocoronary bypass graft',
  lbbb: 'left bundle branch block',
  rbbb: 'right bundle branch block',
  // Endocrine / metabolic
  dm: 'diabetes mellitus',
  dm1: 'type 1 diabetes mellitus',
  dm2: 'type 2 diabetes mellitus',
  t1dm: 'type 1 diabetes mellitus',
  t2dm: 'type 2 diabetes mellitus',
  iddm: 'type 1 diabetes mellitus',
  niddm: 'type 2 diabetes mellitus',
  'dm ii': 'type 2 diabetes mellitus',
  'dm 2': 'type 2 diabetes mellitus',
  'dm 1': 'type 1 diabetes mellitus',
  gdm: 'gestational diabetes mellitus',
  dka: 'diabetic ketoacidosis',
  hhs: 'hyperosmolarity',
  hypothyroid: 'hypothyroidism',
  hyperthyroid: 'hyperthyroidism',
  pcos: 'polycystic ovarian syndrome',
  bmi: 'body mass index',
  vit: 'vitamin',
  'vit d': 'vitamin d deficiency',
  // Respiratory
  copd: 'chronic obstructive pulmonary disease',
  uri: 'acute upper respiratory infection',
  urti: 'acute upper respiratory infection',
  lrti: 'lower respiratory infection',
  osa: 'obstructive sleep apnea',
  ards: 'acute respiratory distress syndrome',
  sob: 'shortness of breath',
  rsv: 'respiratory syncytial virus',
  tb: 'tuberculosis',
  // Renal / GU
  ckd: 'chronic kidney disease',
  esrd: 'end stage renal disease',
  aki: 'acute kidney failure',
  arf: 'acute kidney failure | acute respiratory failure | acute rheumatic fever',
  uti: 'urinary tract infection',
  bph: 'benign prostatic hyperplasia',
  ed: 'emergency department | erectile dysfunction',
  // GI / hepatic
  gerd: 'gastro esophageal reflux disease',
  gi: 'gastrointestinal',
  gib: 'gastrointestinal hemorrhage',
  ibs: 'irritable bowel syndrome',
  ibd: 'inflammatory bowel disease',
  uc: 'ulcerative colitis',
  pud: 'peptic ulcer',
  nafld: 'fatty liver',
  nash: 'nonalcoholic steatohepatitis',
  // Neuro / psych
  ms: 'multiple sclerosis',
  als: 'amyotrophic lateral sclerosis',
  mdd: 'major depressive disorder',
  gad: 'generalized anxiety disorder',
  adhd: 'attention deficit hyperactivity disorder',
  ptsd: 'post traumatic stress disorder',
  ocd: 'obsessive compulsive disorder',
  asd: 'autistic disorder | atrial septal defect',
  bpd: 'borderline personality disorder | bipolar disorder | bronchopulmonary dysplasia',
  sud: 'substance use disorder',
  // DSM-5 use disorders are not "dependence" as such: mild is coded as abuse, moderate or severe as dependence.
  aud: 'alcohol abuse | alcohol dependence',
  oud: 'opioid abuse | opioid dependence',
  etoh: 'alcohol',
  sz: 'unspecified convulsions',
  ha: 'headache',
  ams: 'altered mental status',
  loc: 'loss of consciousness',
  tbi: 'traumatic brain injury',
  cp: 'chest pain | cerebral palsy',
  rls: 'restless legs syndrome',
  // Musculoskeletal
  oa: 'osteoarthritis',
  ra: 'rheumatoid arthritis',
  djd: 'osteoarthritis',
  lbp: 'low back pain',
  ddd: 'intervertebral disc degeneration',
  fx: 'fracture',
  fxs: 'fracture',
  sle: 'systemic lupus erythematosus',
  cts: 'carpal tunnel syndrome',
  // Oncology / heme
  ca: 'malignant neoplasm | cardiac arrest | hypercalcemia',
  ida: 'iron deficiency anemia',
  cll: 'chronic lymphocytic leukemia',
  aml: 'acute myeloblastic leukemia',
  itp: 'immune thrombocytopenic purpura',
  // Infectious
  hiv: 'human immunodeficiency virus',
  hcv: 'hepatitis c',
  hbv: 'hepatitis b',
  mrsa: 'methicillin resistant staphylococcus aureus',
  cdiff: 'clostridium difficile',
  'c diff': 'clostridium difficile',
  covid: 'covid 19',
  flu: 'influenza',
  std: 'sexually transmitted',
  sti: 'sexually transmitted',
  // Eye / ENT / skin
  om: 'otitis media',
  aom: 'acute otitis media',
  amd: 'age related macular degeneration',
  armd: 'age related macular degeneration',
  poag: 'primary open angle glaucoma',
  // OB / peds / screening
  ob: 'pregnancy',
  iup: 'intrauterine pregnancy',
  lmp: 'menstrual',
  wcc: 'routine child health examination',
  wcv: 'routine child health examination',
  awv: 'annual wellness visit',
  ivf: 'in vitro fertilization',
  // Symptoms / general
  'n v': 'nausea with vomiting',
  nv: 'nausea with vomiting',
  abd: 'abdominal',
  hx: 'personal history',
  fhx: 'family history',
  // Dropped from the words, with a note (NOTES): neither names a code by itself.
  'f u': '',
  fu: '',
  'r o': '',
  ro: '',
  sx: 'symptoms',
  'w o': 'without',
  wo: 'without',
  bilat: 'bilateral',
  lt: 'left',
  rt: 'right',
  ue: 'upper limb',
  le: 'lower limb',
  // HCPCS / supplies
  dme: 'durable medical equipment',
  cpap: 'continuous positive airway pressure',
  bipap: 'bi level respiratory assist device',
  tens: 'transcutaneous electrical nerve stimulation',
  o2: 'oxygen',
  inj: 'injection',
  'im inj': 'intramuscular injection',
  iv: 'intravenous',
  ekg: 'electrocardiogram',
  ecg: 'electrocardiogram',
  wc: 'wheelchair',
  // The visit (Z23) and the vaccine product codes: both are billed for a flu shot.
  'flu shot': 'encounter immunization | influenza virus vaccine',
  'flu vaccine': 'influenza virus vaccine',
  b12: 'vitamin b 12',
};

export const LAY_TERMS: Record<string, string> = {
  'heart attack': 'acute myocardial infarction',
  'high blood pressure': 'essential primary hypertension',
  'low blood pressure': 'hypotension',
  'high cholesterol': 'hypercholesterolemia',
  'high blood sugar': 'hyperglycemia',
  'low blood sugar': 'hypoglycemia',
  'sugar diabetes': 'type 2 diabetes mellitus',
  // Alone, "diabetes" means diabetes mellitus (type 2 most often), not prediabetes or insipidus.
  diabetes: 'diabetes mellitus',
  stroke: 'cerebral infarction',
  'mini stroke': 'transient cerebral ischemic attack',
  'irregular heartbeat': 'cardiac arrhythmia',
  'irregular heart beat': 'cardiac arrhythmia',
  'racing heart': 'tachycardia',
  palpitations: 'palpitations',
  'chest pain': 'chest pain',
  'heart failure': 'heart failure',
  'blood clot': 'embolism thrombosis',
  'blood clot in leg': 'deep vein thrombosis lower extremity',
  'kidney stone': 'calculus kidney',
  'kidney stones': 'calculus kidney',
  'kidney failure': 'kidney failure',
  'bladder infection': 'cystitis',
  'urine infection': 'urinary tract infection',
  'water infection': 'urinary tract infection',
  'gallstones': 'calculus gallbladder',
  'gall stones': 'calculus gallbladder',
  heartburn: 'heartburn',
  'acid reflux': 'gastro esophageal reflux disease',
  reflux: 'gastro esophageal reflux disease',
  'stomach flu': 'gastroenteritis',
  'stomach ache': 'abdominal pain',
  'belly pain': 'abdominal pain',
  'tummy ache': 'abdominal pain',
  'throwing up': 'vomiting',
  'pink eye': 'conjunctivitis',
  'ear infection': 'otitis media',
  'swimmers ear': 'otitis externa',
  'strep throat': 'streptococcal pharyngitis',
  'sore throat': 'acute pharyngitis',
  'common cold': 'acute nasopharyngitis',
  'runny nose': 'rhinorrhea',
  'sinus infection': 'acute sinusitis',
  'chest cold': 'acute bronchitis',
  'hay fever': 'allergic rhinitis',
  'shortness of breath': 'shortness of breath',
  'short of breath': 'shortness of breath',
  'trouble breathing': 'dyspnea',
  'sleep apnea': 'sleep apnea',
  'lung cancer': 'malignant neoplasm bronchus lung',
  'breast cancer': 'malignant neoplasm breast',
  'prostate cancer': 'malignant neoplasm prostate',
  'colon cancer': 'malignant neoplasm colon',
  'skin cancer': 'malignant neoplasm skin',
  'broken arm': 'fracture forearm',
  'broken wrist': 'fracture lower end radius',
  'broken hip': 'fracture femur neck',
  'broken leg': 'fracture lower leg',
  'broken ankle': 'fracture ankle',
  'broken nose': 'fracture nasal bones',
  'broken rib': 'fracture rib',
  'sprained ankle': 'sprain ankle',
  'twisted ankle': 'sprain ankle',
  'back pain': 'dorsalgia unspecified',
  'low back pain': 'low back pain unspecified',
  'lower back pain': 'low back pain',
  'neck pain': 'cervicalgia',
  'knee pain': 'pain knee',
  'hip pain': 'pain hip',
  'shoulder pain': 'pain shoulder',
  'joint pain': 'arthralgia pain joint',
  arthritis: 'osteoarthritis',
  'wear and tear arthritis': 'osteoarthritis',
  'brittle bones': 'osteoporosis',
  'pinched nerve': 'radiculopathy',
  sciatica: 'sciatica',
  gout: 'gout',
  'bed sore': 'pressure ulcer',
  bedsore: 'pressure ulcer',
  'pressure sore': 'pressure ulcer',
  'skin infection': 'local infection skin subcutaneous tissue unspecified',
  rash: 'rash',
  hives: 'urticaria',
  'cold sore': 'herpesviral vesicular dermatitis',
  shingles: 'zoster',
  'chicken pox': 'varicella',
  chickenpox: 'varicella',
  'athletes foot': 'tinea pedis',
  'ingrown toenail': 'ingrowing nail',
  'ingrown nail': 'ingrowing nail',
  warts: 'viral warts',
  acne: 'acne vulgaris',
  'dog bite': 'bitten by dog',
  'bee sting': 'contact with hornets wasps bees',
  'being overweight': 'overweight',
  obese: 'obesity',
  'morbid obesity': 'morbid severe obesity',
  underweight: 'underweight',
  'underactive thyroid': 'hypothyroidism',
  'overactive thyroid': 'hyperthyroidism',
  'low iron': 'iron deficiency',
  anemic: 'anemia',
  'vitamin d deficiency': 'vitamin d deficiency',
  'depressed mood': 'depression',
  anxiety: 'anxiety disorder',
  'panic attacks': 'panic disorder',
  'panic attack': 'panic disorder',
  insomnia: 'insomnia',
  'trouble sleeping': 'insomnia',
  'memory loss': 'memory deficit',
  dementia: 'dementia',
  alzheimers: 'alzheimer disease',
  "alzheimer's": 'alzheimer disease',
  seizures: 'unspecified convulsions',
  seizure: 'unspecified convulsions',
  migraine: 'migraine',
  'migraine headache': 'migraine',
  'tension headache': 'tension type headache',
  dizziness: 'dizziness giddiness',
  dizzy: 'dizziness giddiness',
  fainting: 'syncope collapse',
  'passed out': 'syncope collapse',
  'pins and needles': 'paresthesia skin',
  numbness: 'anesthesia skin',
  'pregnancy test': 'pregnancy examination test',
  pregnant: 'pregnant state',
  'morning sickness': 'hyperemesis gravidarum',
  miscarriage: 'spontaneous abortion',
  'high risk pregnancy': 'supervision high risk pregnancy',
  'birth control': 'contraceptive management',
  menopause: 'menopausal',
  'hot flashes': 'flushing',
  'hot flash': 'flushing',
  'yeast infection': 'candidiasis vulva vagina',
  'physical exam': 'general adult medical examination',
  checkup: 'general adult medical examination',
  'annual physical': 'general adult medical examination',
  'check up': 'general adult medical examination',
  'well visit': 'general adult medical examination',
  'well child': 'routine child health examination',
  'flu shot': 'encounter immunization',
  vaccination: 'encounter immunization',
  'pap smear': 'gynecological examination',
  mammogram: 'screening mammogram malignant neoplasm breast',
  colonoscopy: 'screening malignant neoplasm colon',
  'eye exam': 'examination eyes vision',
  'hearing loss': 'hearing loss',
  'ringing in ears': 'tinnitus',
  'ear wax': 'impacted cerumen',
  earwax: 'impacted cerumen',
  cataracts: 'cataract',
  'lazy eye': 'amblyopia',
  'pink eyes': 'conjunctivitis',
  'nose bleed': 'epistaxis',
  nosebleed: 'epistaxis',
  'bloody nose': 'epistaxis',
  fever: 'fever',
  tiredness: 'fatigue',
  tired: 'fatigue',
  'weight loss': 'abnormal weight loss',
  'weight gain': 'abnormal weight gain',
  'loss of appetite': 'anorexia',
  constipated: 'constipation',
  'the runs': 'diarrhea',
  hemorrhoids: 'hemorrhoids',
  piles: 'hemorrhoids',
  'enlarged prostate': 'benign prostatic hyperplasia',
  'leaky bladder': 'urinary incontinence',
  incontinence: 'urinary incontinence',
  'bed wetting': 'enuresis',
  'smoker': 'nicotine dependence cigarettes',
  smoking: 'nicotine dependence cigarettes',
  'tobacco use': 'tobacco use',
  'alcoholism': 'alcohol dependence',
  drunk: 'alcohol intoxication',
  'drug abuse': 'drug abuse',
  'opioid addiction': 'opioid dependence',
  'car accident': 'car driver injured collision',
  'motor vehicle accident': 'car driver injured collision',
  mva: 'car driver injured collision',
  concussion: 'concussion',
  'walker': 'walker',
  'wheelchair': 'wheelchair',
  'hospital bed': 'hospital bed',
  crutches: 'crutches',
  'glucose monitor': 'glucose monitor',
  'test strips': 'blood glucose test reagent strips',
  'diabetic shoes': 'diabetic shoe',
  'oxygen tank': 'oxygen contents gaseous',
  'ambulance': 'ambulance service',
  'covid test': 'covid 19',
  'strep test': 'streptococcus',
  'kidney disease': 'chronic kidney disease',
  'liver disease': 'liver disease',
  'fatty liver': 'fatty liver',
  cirrhosis: 'cirrhosis liver',
  'enlarged heart': 'cardiomegaly',
  'heart murmur': 'cardiac murmur',
  'water pills': 'diuretics',
  'blood thinner': 'anticoagulants',
  'long term blood thinner': 'long term current use anticoagulants',
  'on insulin': 'long term current use insulin',
};

/**
 * Coding-guideline notes an abbreviation carries, by key (the UI says them in the user's language):
 * "r/o" is not coded in outpatient settings (ICD-10-CM guideline IV.H: code the symptoms), and
 * "f/u" is not Z09 in general (Z09 is follow-up after *completed* treatment).
 */
export const NOTES: Record<string, 'ruleOut' | 'followUp'> = { 'r o': 'ruleOut', ro: 'ruleOut', 'f u': 'followUp', fu: 'followUp' };

export type Expansion = {
  /** The query with its first sense of each abbreviation. */
  text: string;
  matchedBy: string | null;
  /** One query text per sense when an abbreviation is ambiguous ("ED"), else [text]. */
  senses: string[];
  /** Guideline notes the query's words call for. */
  notes: ('ruleOut' | 'followUp')[];
};

function lookupPhrase(words: string[], from: number, maxLen: number): { len: number; text: string; label: string } | null {
  for (let len = Math.min(maxLen, words.length - from); len >= 1; len--) {
    const phrase = words.slice(from, from + len).join(' ');
    const abbr = ABBREVIATIONS[phrase];
    if (abbr != null) return { len, text: abbr, label: `abbreviation: ${phrase.toUpperCase()}` };
    const lay = LAY_TERMS[phrase];
    if (lay != null) return { len, text: lay, label: `lay term: ${phrase}` };
  }
  return null;
}

/**
 * Rewrites abbreviations and lay terms in a query, longest phrase first ("dm2 with ckd" ->
 * "type 2 diabetes mellitus with chronic kidney disease"). matchedBy names the first one expanded.
 */
export function expandQuery(query: string): Expansion {
  const words = query
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  // Each position holds its senses; most hold one.
  const parts: string[][] = [];
  const notes = new Set<'ruleOut' | 'followUp'>();
  let matchedBy: string | null = null;
  for (let i = 0; i < words.length; ) {
    const hit = lookupPhrase(words, i, 5);
    const phrase = hit ? words.slice(i, i + hit.len).join(' ') : '';
    if (hit && NOTES[phrase]) notes.add(NOTES[phrase]!);
    if (hit && hit.text !== phrase) {
      if (hit.text) parts.push(hit.text.split(' | '));
      matchedBy ??= hit.label;
      i += hit.len;
    } else {
      parts.push([words[i]!]);
      i++;
    }
  }
  const first = parts.map((p) => p[0]!).join(' ');
  const ambiguous = parts.findIndex((p) => p.length > 1);
  const senses = ambiguous < 0 ? [first] : parts[ambiguous]!.map((sense) => parts.map((p, k) => (k === ambiguous ? sense : p[0]!)).join(' '));
  return { text: first, matchedBy, senses, notes: [...notes] };
}
