import { InTurn } from './in-turn';

describe('work in turn', () => {
  it('runs each piece of work after the one before it ended, also after one failed', async () => {
    const inTurn = new InTurn();
    const done: string[] = [];
    const slow = inTurn.run(async () => {
      await new Promise((resolve) => setTimeout(resolve, 10));
      done.push('slow');
    });
    const failing = inTurn.run(async () => {
      done.push('failing');
      throw new Error('the write failed');
    });
    const quick = inTurn.run(async () => {
      done.push('quick');
      return 'answer';
    });
    await expect(failing).rejects.toThrow('the write failed');
    expect(await quick).toBe('answer');
    await slow;
    await inTurn.settled();
    expect(done).toEqual(['slow', 'failing', 'quick']);
  });
});
