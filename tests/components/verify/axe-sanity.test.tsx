import { cleanup, render } from '@testing-library/preact';
import { afterEach, expect, it } from 'vitest';
import { axeViolations } from './helpers';

afterEach(cleanup);

// The axe checks in this folder only mean something if axe finds problems in this DOM.
it('axe-core reports a real problem under happy-dom', async () => {
  const { container } = render(
    <div>
      <button type="button" />
      <input type="text" />
    </div>,
  );
  const violations = await axeViolations(container);
  expect(violations.some((v) => v.startsWith('button-name'))).toBe(true);
  expect(violations.some((v) => v.startsWith('label'))).toBe(true);
});
