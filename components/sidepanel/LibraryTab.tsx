/** The tip library. Until the first tip is saved, it teaches how to save one. */
export function LibraryTab() {
  return (
    <section aria-labelledby="library-heading">
      <h2 id="library-heading">Your saved tips</h2>
      <div class="card" data-testid="library-empty">
        <p>No tips saved yet.</p>
        <p>When you read advice that helps in a group or forum, select the words and choose <strong>Save selection to Spoonbook</strong> from the right-click menu, or press <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>S</kbd>.</p>
      </div>
    </section>
  );
}
