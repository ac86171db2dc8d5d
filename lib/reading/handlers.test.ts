import { describe, expect, it, vi } from 'vitest';
import { claimsHandlers, resetVerdictLimiter } from './handlers';
import type { Handler } from '@/lib/platform/messaging';

vi.mock('@/lib/checks/badge-verdicts', () => ({ claimVerdicts: vi.fn(async () => ({ verdicts: [] })) }));

describe('claims.verdicts rate limit (issue 17 item 5)', () => {
  it('answers a burst from one frame, then refuses that frame but not another', async () => {
    resetVerdictLimiter();
    const handler = claimsHandlers['claims.verdicts'] as Handler<'claims.verdicts'>;
    const req = { claim: {} as never, questions: [] };
    const frame = (frameId: number) => ({ id: 'x', tab: { id: 4 } as never, frameId, url: 'https://p.example/' });
    const answers: string[] = [];
    for (let i = 0; i < 100; i++) {
      try {
        await handler(req, frame(0));
        answers.push('ok');
      } catch {
        answers.push('limited');
      }
    }
    expect(answers.filter((a) => a === 'ok').length).toBeLessThanOrEqual(25);
    expect(answers.at(-1)).toBe('limited');
    await expect(Promise.resolve(handler(req, frame(3)))).resolves.toEqual({ verdicts: [] });
  });
});
