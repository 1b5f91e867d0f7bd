// The five questions a person can answer about a saved tip, with one-tap answers,
// plus the medicine gate. Drawn from SIFT, DISCERN, CRAAP and NHS "what to ask"
// guidance. Answers are stored as yes / no / not-sure; each question words them its
// own way. Nothing is scored and no combination of answers approves a tip.
import type { ChecklistAnswerId, ChecklistQuestionId, ClinicianOutcome, VerificationStatus } from './types';

export interface ChecklistAnswer {
  id: ChecklistAnswerId;
  label: string;
}

export interface ChecklistQuestion {
  id: ChecklistQuestionId;
  question: string;
  /** A short prompt under the question. */
  hint: string;
  answers: readonly ChecklistAnswer[];
}

const answers = (yes: string, no: string, notSure = 'Not sure'): ChecklistAnswer[] => [
  { id: 'yes', label: yes },
  { id: 'no', label: no },
  { id: 'not-sure', label: notSure },
];

export const CHECKLIST: readonly ChecklistQuestion[] = [
  {
    id: 'who',
    question: 'Who is saying this, and how do they know?',
    hint: 'Their own experience, a health professional, or a source they point to?',
    answers: answers('They say how they know', "They don't say"),
  },
  {
    id: 'trustedSource',
    question: 'Does a trusted source agree?',
    hint: 'For example the NHS, NICE, MedlinePlus or your condition charity.',
    answers: answers('Yes, it agrees', 'No, it says something different', "I couldn't find out yet"),
  },
  {
    id: 'current',
    question: 'Is it current?',
    hint: 'When was it posted? Has the advice changed since?',
    answers: answers('Yes, it looks recent', 'It may be out of date'),
  },
  {
    id: 'risks',
    question: 'What could go wrong for me?',
    hint: "Side effects, clashes with my other medicines or supplements, what if it doesn't work.",
    answers: answers('I found possible risks for me', "I didn't find any, but I'm not a professional", 'Not sure: I want to ask a pharmacist'),
  },
  {
    id: 'selling',
    question: 'Is anyone selling something?',
    hint: 'A product link, a discount code, "DM me".',
    answers: answers('Yes, a product, link or code', 'No sign of it'),
  },
];

/** Asked alongside the checklist; "yes" puts the tip on the clinician list. */
export const MEDICINE_GATE: ChecklistQuestion = {
  id: 'medicineChange',
  question: 'Does it mean starting, stopping or changing a medicine or dose, or replacing a treatment?',
  hint: 'If so, it goes on your list to talk over with your doctor, nurse or pharmacist.',
  answers: answers('Yes', 'No'),
};

const ALL_QUESTIONS = [...CHECKLIST, MEDICINE_GATE];

export function checklistQuestion(id: string): ChecklistQuestion | undefined {
  return ALL_QUESTIONS.find((q) => q.id === id);
}

/** The label of an answer, or undefined when the answer doesn't belong to that question. */
export function answerLabel(questionId: string, answerId: string): string | undefined {
  return checklistQuestion(questionId)?.answers.find((a) => a.id === answerId)?.label;
}

export const OUTCOME_LABELS: Readonly<Record<ClinicianOutcome, string>> = {
  'ok-to-try': 'OK to try',
  'try-with-monitoring': 'OK to try with monitoring',
  'not-for-me': 'Not for me',
};

export const STATUS_LABELS: Readonly<Record<VerificationStatus, string>> = {
  unverified: 'Not checked yet',
  checked: 'Checked',
  discussed: 'Discussed with my clinician',
  disputed: 'I have doubts about it',
};
