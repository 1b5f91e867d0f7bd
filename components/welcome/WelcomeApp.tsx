import { browser } from 'wxt/browser';

/** First run: what Spoonbook does, in plain words, and the promise that nothing leaves the device. */
export function WelcomeApp() {
  return (
    <main>
      <h1>Welcome to Spoonbook</h1>
      <p>Spoonbook is a quiet helper for health groups and forums. It does three things:</p>
      <ol>
        <li>
          <strong>Helps you share safely.</strong> While you write a post, it points out details that could tell people who you are, like a name,
          phone number, town or employer, and offers a safer way to say it. You always decide what to post.
        </li>
        <li>
          <strong>Keeps the advice that helps.</strong> Save a useful post or comment with one click and find it again later.
        </li>
        <li>
          <strong>Reminds you to check before you try.</strong> Saved tips start as “not checked yet”. Spoonbook helps you check them and keeps a list to
          talk through with your doctor, nurse or pharmacist.
        </li>
      </ol>
      <h2>Nothing leaves your device</h2>
      <p class="notice">
        Spoonbook has no account and no server. It never sends what you write or save anywhere, and it collects no statistics. Your tips and settings
        are stored only in this browser. You can save a backup file yourself whenever you like.
      </p>
      <h2>Getting started</h2>
      <p>Open Spoonbook with its button in the browser toolbar. You may need to pin it first from the puzzle-piece menu.</p>
      <div class="row">
        <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
          Add words that could identify you
        </button>
      </div>
    </main>
  );
}
