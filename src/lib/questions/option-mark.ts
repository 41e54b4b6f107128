/** The text that marks an option once a question is answered: never colour alone. Pure. */
export type OptionMark = '' | 'hit' | 'missed' | 'wrong';

export function optionMark(isRight: boolean, wasChosen: boolean): { mark: OptionMark; text: string } {
  if (isRight)
    return wasChosen ? { mark: 'hit', text: '✓ Correct, your choice' } : { mark: 'missed', text: '✓ Correct answer, not chosen' };
  return wasChosen ? { mark: 'wrong', text: '✗ Incorrect, your choice' } : { mark: '', text: '' };
}
