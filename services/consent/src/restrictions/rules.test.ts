import { LetheError } from '@lethe/platform/errors';
import { applyChange, refuseNewRequest, type Restrictions } from './rules';

const at = (minute: number) => new Date(Date.UTC(2027, 0, 15, 10, minute));
const refusal = (restrictions: Restrictions | undefined) => {
  try {
    refuseNewRequest(restrictions, 's-1');
    return undefined;
  } catch (err) {
    return err instanceof LetheError ? [err.kind, err.reason] : err;
  }
};

describe("retention's decisions as consent keeps them", () => {
  it('hold the newest decision of each kind: a mark, its restore, and a mark again', () => {
    const marked = applyChange(undefined, { kind: 'mark', decision: { open: true, at: at(1) } });
    expect(marked).toEqual({ mark: { open: true, at: at(1) } });
    const restored = applyChange(marked, { kind: 'mark', decision: { open: false, at: at(2) } });
    expect(restored).toEqual({ mark: { open: false, at: at(2) } });
    expect(applyChange(restored, { kind: 'mark', decision: { open: true, at: at(3) } })).toEqual({ mark: { open: true, at: at(3) } });
  });

  it('ignore an event delivered again or late: an older mark never undoes a newer restore', () => {
    const restored: Restrictions = { mark: { open: false, at: at(2) } };
    expect(applyChange(restored, { kind: 'mark', decision: { open: true, at: at(1) } })).toBeUndefined();
    expect(applyChange(restored, { kind: 'mark', decision: { open: false, at: at(2) } })).toBeUndefined();
  });

  it('never let the withdrawal of an older erasure request lift a newer one', () => {
    const second: Restrictions = { erasureRequest: { requestId: 'r-2', open: true, at: at(5) } };
    expect(applyChange(second, { kind: 'erasureRequest', decision: { requestId: 'r-1', open: false, at: at(4) } })).toBeUndefined();
    expect(applyChange(second, { kind: 'erasureRequest', decision: { requestId: 'r-2', open: false, at: at(6) } })).toEqual({ erasureRequest: { requestId: 'r-2', open: false, at: at(6) } });
  });

  it('keep marks and erasure requests apart', () => {
    const both = applyChange({ mark: { open: true, at: at(9) } }, { kind: 'erasureRequest', decision: { requestId: 'r-1', open: true, at: at(1) } });
    expect(both).toEqual({ mark: { open: true, at: at(9) }, erasureRequest: { requestId: 'r-1', open: true, at: at(1) } });
  });
});

describe('a new consent request', () => {
  it('is refused while the person is marked for deletion (named first) or has an open erasure request', () => {
    expect(refusal({ mark: { open: true, at: at(1) }, erasureRequest: { requestId: 'r-1', open: true, at: at(1) } })).toEqual(['failed_precondition', 'SUBJECT_MARKED_FOR_DELETION']);
    expect(refusal({ erasureRequest: { requestId: 'r-1', open: true, at: at(1) } })).toEqual(['failed_precondition', 'ERASURE_REQUESTED']);
  });

  it('is allowed once the mark is restored and the request withdrawn, or when retention decided nothing', () => {
    expect(refusal({ mark: { open: false, at: at(2) }, erasureRequest: { requestId: 'r-1', open: false, at: at(3) } })).toBeUndefined();
    expect(refusal(undefined)).toBeUndefined();
  });
});
