/** Marks a self-check quiz: a question is right when exactly the correct options are chosen. */
export interface QuizOption {
  readonly correct: boolean;
}
export interface QuizQuestionShape {
  readonly options: readonly QuizOption[];
}

export function isAnswerRight(question: QuizQuestionShape, chosen: readonly number[]): boolean {
  const right = question.options.map((option, index) => (option.correct ? index : -1)).filter((index) => index >= 0);
  const picked = [...new Set(chosen)].sort((a, b) => a - b);
  return picked.length === right.length && picked.every((index, i) => index === right[i]);
}

export function scoreQuiz(questions: readonly QuizQuestionShape[], answers: readonly (readonly number[])[]): { correct: number; total: number } {
  return { correct: questions.filter((question, i) => isAnswerRight(question, answers[i] ?? [])).length, total: questions.length };
}
