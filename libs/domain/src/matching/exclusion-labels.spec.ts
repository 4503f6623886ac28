import { exclusionLabel } from './exclusion-labels';
import { EXCLUSION_CODES } from './matching.types';

describe('exclusionLabel', () => {
  it('gives every exclusion code its own Dutch label', () => {
    const labels = EXCLUSION_CODES.map(exclusionLabel);
    expect(labels.every((label) => label.length > 0)).toBe(true);
    expect(new Set(labels).size).toBe(EXCLUSION_CODES.length);
  });

  it('speaks plainly about the common reasons', () => {
    expect(exclusionLabel('MUNICIPALITY')).toBe('Werkt niet in uw gemeente');
    expect(exclusionLabel('DISTANCE')).toBe('Te ver weg');
  });
});
