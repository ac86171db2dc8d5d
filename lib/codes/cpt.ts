/**
 * CPT (HCPCS Level I) without AMA text: code numbers and section ranges are facts; descriptors are
 * AMA-licensed and never shipped. A code's title, until the user imports a licensed file, names its
 * section in our own words. Ranges follow the published CPT section order.
 */

interface Section {
  from: string;
  to: string;
  name: string;
}

// Category I sections and the subsections staff ask about most, narrowest first within a range.
const SECTIONS: Section[] = [
  { from: '99202', to: '99215', name: 'Evaluation and management: office or other outpatient visit' },
  { from: '99221', to: '99239', name: 'Evaluation and management: hospital inpatient or observation care' },
  { from: '99242', to: '99255', name: 'Evaluation and management: consultation' },
  { from: '99281', to: '99288', name: 'Evaluation and management: emergency department' },
  { from: '99291', to: '99292', name: 'Evaluation and management: critical care' },
  { from: '99304', to: '99316', name: 'Evaluation and management: nursing facility' },
  { from: '99341', to: '99350', name: 'Evaluation and management: home or residence visit' },
  { from: '99381', to: '99397', name: 'Evaluation and management: preventive medicine visit' },
  { from: '99401', to: '99429', name: 'Evaluation and management: preventive counseling and risk-factor reduction' },
  { from: '99441', to: '99458', name: 'Evaluation and management: non-face-to-face and remote monitoring services' },
  { from: '99460', to: '99486', name: 'Evaluation and management: newborn, pediatric and neonatal critical care' },
  { from: '99487', to: '99499', name: 'Evaluation and management: care management and other E/M services' },
  { from: '99500', to: '99607', name: 'Home health and medication therapy management services' },
  { from: '99100', to: '99199', name: 'Medicine: special services, procedures and reports' },
  { from: '00100', to: '01999', name: 'Anesthesia' },
  { from: '10004', to: '19499', name: 'Surgery: integumentary system (skin, nails, breast)' },
  { from: '20100', to: '29999', name: 'Surgery: musculoskeletal system' },
  { from: '30000', to: '32999', name: 'Surgery: respiratory system' },
  { from: '33016', to: '37799', name: 'Surgery: cardiovascular system' },
  { from: '38100', to: '38999', name: 'Surgery: hemic and lymphatic systems' },
  { from: '39000', to: '39599', name: 'Surgery: mediastinum and diaphragm' },
  { from: '40490', to: '49999', name: 'Surgery: digestive system' },
  { from: '50010', to: '53899', name: 'Surgery: urinary system' },
  { from: '54000', to: '55899', name: 'Surgery: male genital system' },
  { from: '55920', to: '58999', name: 'Surgery: female genital system and intersex surgery' },
  { from: '59000', to: '59899', name: 'Surgery: maternity care and delivery' },
  { from: '60000', to: '60699', name: 'Surgery: endocrine system' },
  { from: '61000', to: '64999', name: 'Surgery: nervous system' },
  { from: '65091', to: '68899', name: 'Surgery: eye and ocular adnexa' },
  { from: '69000', to: '69979', name: 'Surgery: auditory system' },
  { from: '69990', to: '69990', name: 'Surgery: operating microscope add-on' },
  { from: '70010', to: '76499', name: 'Radiology: diagnostic imaging' },
  { from: '76506', to: '76999', name: 'Radiology: diagnostic ultrasound' },
  { from: '77001', to: '77092', name: 'Radiology: imaging guidance and breast imaging' },
  { from: '77261', to: '77799', name: 'Radiology: radiation oncology' },
  { from: '78012', to: '79999', name: 'Radiology: nuclear medicine' },
  { from: '80047', to: '80081', name: 'Pathology and laboratory: organ or disease panels' },
  { from: '80143', to: '80377', name: 'Pathology and laboratory: drug assays and testing' },
  { from: '81000', to: '81099', name: 'Pathology and laboratory: urinalysis' },
  { from: '81105', to: '81599', name: 'Pathology and laboratory: molecular pathology and multianalyte assays' },
  { from: '82009', to: '84999', name: 'Pathology and laboratory: chemistry' },
  { from: '85002', to: '85999', name: 'Pathology and laboratory: hematology and coagulation' },
  { from: '86000', to: '86849', name: 'Pathology and laboratory: immunology' },
  { from: '86850', to: '86999', name: 'Pathology and laboratory: transfusion medicine' },
  { from: '87003', to: '87999', name: 'Pathology and laboratory: microbiology' },
  { from: '88000', to: '88399', name: 'Pathology and laboratory: anatomic and surgical pathology' },
  { from: '80000', to: '89398', name: 'Pathology and laboratory' },
  { from: '90281', to: '90399', name: 'Medicine: immune globulins' },
  { from: '90460', to: '90474', name: 'Medicine: immunization administration' },
  { from: '90476', to: '90759', name: 'Medicine: vaccines and toxoids' },
  { from: '90785', to: '90899', name: 'Medicine: psychiatry and psychotherapy' },
  { from: '90901', to: '90913', name: 'Medicine: biofeedback' },
  { from: '90935', to: '90999', name: 'Medicine: dialysis' },
  { from: '91010', to: '91299', name: 'Medicine: gastroenterology' },
  { from: '92002', to: '92499', name: 'Medicine: ophthalmology' },
  { from: '92502', to: '92700', name: 'Medicine: otorhinolaryngology, speech and hearing' },
  { from: '92920', to: '93799', name: 'Medicine: cardiovascular services (ECG, echo, catheterization)' },
  { from: '93880', to: '93998', name: 'Medicine: noninvasive vascular studies' },
  { from: '94002', to: '94799', name: 'Medicine: pulmonary' },
  { from: '95004', to: '95199', name: 'Medicine: allergy and clinical immunology' },
  { from: '95249', to: '95251', name: 'Medicine: continuous glucose monitoring' },
  { from: '95700', to: '96020', name: 'Medicine: neurology and neuromuscular procedures' },
  { from: '96040', to: '96040', name: 'Medicine: genetic counseling' },
  { from: '96105', to: '96171', name: 'Medicine: neuropsychological testing and health behavior services' },
  { from: '96360', to: '96549', name: 'Medicine: hydration, injections, infusions and chemotherapy administration' },
  { from: '96567', to: '96999', name: 'Medicine: photodynamic therapy and special dermatological procedures' },
  { from: '97010', to: '97799', name: 'Medicine: physical medicine and rehabilitation' },
  { from: '97802', to: '97804', name: 'Medicine: medical nutrition therapy' },
  { from: '97810', to: '97814', name: 'Medicine: acupuncture' },
  { from: '98925', to: '98929', name: 'Medicine: osteopathic manipulative treatment' },
  { from: '98940', to: '98943', name: 'Medicine: chiropractic manipulative treatment' },
  { from: '98960', to: '98999', name: 'Medicine: education, training and non-face-to-face services' },
  { from: '90000', to: '99199', name: 'Medicine' },
  { from: '99000', to: '99499', name: 'Evaluation and management and special services' },
];

/** Our own name for the CPT section of a code shape, or null when the input is not a CPT shape. */
export function cptSection(compact: string): string | null {
  if (/^\d{4}F$/.test(compact)) return 'Category II: performance measurement (quality reporting) code';
  if (/^\d{4}T$/.test(compact)) return 'Category III: emerging technology or service (temporary code)';
  if (/^\d{4}U$/.test(compact)) return 'Proprietary laboratory analysis (PLA) code';
  if (/^\d{4}M$/.test(compact)) return 'Multianalyte assay with algorithmic analysis (MAAA) administrative code';
  if (!/^\d{5}$/.test(compact)) return null;
  for (const s of SECTIONS) if (compact >= s.from && compact <= s.to) return s.name;
  return 'CPT Category I code (range not assigned to a section)';
}

/**
 * Visits staff name in words ("office visit", "ER visit") and the CPT E/M code shapes they mean,
 * most billed first. Code numbers are facts; their titles stay our section names (cptSection).
 * `words` must all be in the query (after abbreviations are expanded).
 */
export const CPT_FAMILIES: readonly { words: readonly string[]; codes: readonly string[] }[] = [
  { words: ['office', 'visit'], codes: ['99213', '99214', '99203', '99204', '99212', '99215', '99205', '99202', '99211'] },
  { words: ['outpatient', 'visit'], codes: ['99213', '99214', '99203', '99204', '99212', '99215', '99205', '99202', '99211'] },
  { words: ['new', 'patient', 'visit'], codes: ['99203', '99204', '99202', '99205'] },
  { words: ['established', 'patient', 'visit'], codes: ['99213', '99214', '99212', '99215', '99211'] },
  { words: ['evaluation', 'management'], codes: ['99213', '99214', '99203', '99204', '99212', '99215', '99205', '99202', '99211'] },
  { words: ['emergency', 'department'], codes: ['99283', '99284', '99285', '99282', '99281'] },
  { words: ['hospital', 'visit'], codes: ['99232', '99233', '99231', '99222', '99223', '99221', '99238', '99239'] },
  { words: ['consultation'], codes: ['99243', '99244', '99242', '99245', '99252', '99253', '99254', '99255'] },
];

/**
 * Common CPT modifiers, described in our own words (the AMA's descriptors are licensed). HCPCS
 * Level II modifiers come from the CMS file instead.
 */
export const CPT_MODIFIERS: Record<string, string> = {
  '22': 'Unusual procedural services: substantially more work than usual (document why)',
  '23': 'Unusual anesthesia: general anesthesia for a procedure that normally needs none or local',
  '24': 'Unrelated E/M service by the same physician during a postoperative period',
  '25': 'Significant, separately identifiable E/M service on the same day as a procedure or other service',
  '26': 'Professional component only (interpretation), without the technical component',
  '32': 'Mandated service (required by a payer, government or other authority)',
  '33': 'Preventive service (waives cost sharing where the preventive-care rules apply)',
  '47': 'Anesthesia given by the surgeon performing the procedure',
  '50': 'Bilateral procedure: the same procedure on both sides in one session',
  '51': 'Multiple procedures on the same day in the same session (payment reduced for additional ones)',
  '52': 'Reduced services: part of the procedure was not performed, at the physician\'s choice',
  '53': 'Discontinued procedure: stopped for the patient\'s safety after it began',
  '54': 'Surgical care only (another provider does pre- or postoperative care)',
  '55': 'Postoperative management only',
  '56': 'Preoperative management only',
  '57': 'Decision for surgery: E/M that led to the decision for a major procedure',
  '58': 'Staged or related procedure by the same physician during the postoperative period',
  '59': 'Distinct procedural service: separate session, site, organ, incision or injury (see also XE, XS, XP, XU)',
  '62': 'Two surgeons, each doing a distinct part of one procedure',
  '63': 'Procedure performed on an infant weighing less than 4 kg',
  '66': 'Surgical team: several physicians working together on a highly complex procedure',
  '73': 'Outpatient hospital or ASC procedure discontinued before anesthesia',
  '74': 'Outpatient hospital or ASC procedure discontinued after anesthesia began',
  '76': 'Repeat procedure or service by the same physician on the same day',
  '77': 'Repeat procedure or service by another physician on the same day',
  '78': 'Unplanned return to the operating room by the same physician for a related procedure during the postoperative period',
  '79': 'Unrelated procedure by the same physician during the postoperative period',
  '80': 'Assistant surgeon',
  '81': 'Minimum assistant surgeon',
  '82': 'Assistant surgeon when no qualified resident surgeon was available',
  '90': 'Reference (outside) laboratory performed the test',
  '91': 'Repeat clinical diagnostic laboratory test on the same day to obtain new results',
  '92': 'Alternative laboratory platform testing (e.g. a portable kit)',
  '93': 'Synchronous telemedicine service by audio only',
  '95': 'Synchronous telemedicine service by real-time audio and video',
  '96': 'Habilitative services (learning new skills)',
  '97': 'Rehabilitative services (regaining lost skills)',
  '99': 'Multiple modifiers apply (listed elsewhere on the claim)',
  '27': 'Multiple outpatient hospital E/M encounters on the same date',
  // Category II (performance measurement) exclusion modifiers: why a quality action was not done.
  '1P': 'Quality measure exclusion: medical reasons (Category II codes only)',
  '2P': 'Quality measure exclusion: patient reasons (Category II codes only)',
  '3P': 'Quality measure exclusion: system reasons (Category II codes only)',
  '8P': 'Quality action not performed, reason not otherwise specified (Category II codes only)',
};
