/** Before the first tip: how to save one, in three ways. */
export function EmptyLibrary() {
  return (
    <div class="card" data-testid="library-empty">
      <p>
        <strong>No tips saved yet.</strong> When you read advice that helps, keep it here. Three ways to save it:
      </p>
      <ul>
        <li>
          Select the words, right-click, and choose <strong>Save selection to Spoonbook</strong>.
        </li>
        <li>
          Select the words and press <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>S</kbd>.
        </li>
        <li>
          On a post in a group or forum, press the <strong>Save tip</strong> button.
        </li>
      </ul>
      <p class="muted">Your tips stay on this device. Have a backup file? Bring your tips back below.</p>
    </div>
  );
}
