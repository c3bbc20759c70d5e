import * as assert from 'assert';
import { isBoilerplateLine } from '../../../../src/core/article/boilerplate';

const ctx = { latinArticle: true };

describe('[article/boilerplate]', () => {
  const furniture: [string, string][] = [
    ['a skip link', 'Skip to main content'],
    ['a contents link', 'Go to contents'],
    ['a share prompt', 'SHARE THIS ARTICLE'],
    ['share on a network', 'Share on Facebook'],
    ['a menu of separated items', 'Home | World | Business | Sport'],
    ['bullets', 'News • Opinion • Podcasts'],
    ['a single menu word', 'Comments'],
    ['a copyright line', '© 2031 Coast Ledger Media. All rights reserved.'],
    ['a copyright word', 'Copyright Harbour Post Ltd'],
    ['read more', 'Read more: Tide tables for the week'],
    ['a related list head', 'Related stories'],
    ['sign up', 'Sign up for our morning briefing'],
    ['donate', 'Donate now to keep local news alive'],
    ['join prompts', 'Join the conversation in the comments'],
    ['a bare URL', 'https://example.org/news/2031/harbour'],
    ['a bare domain', 'www.harbourpost.example'],
    ['an e-mail address', 'newsdesk@harbourpost.example'],
    ['a timestamp line', 'Updated March 3, 2031 07:52'],
    ['a posted line', 'Posted 03.03.2031 at 9:15'],
    ['a language menu in another script', '한국어'],
    ['a language menu', 'English Español Français'],
    ['a translation notice', 'The English, French and Arabic versions are machine translated from the original.'],
    ['alternate addresses', 'This site can also be accessed at the following alternate addresses:'],
    ['a donation appeal', 'Your support keeps our reporters on the waterfront. Every donation counts.'],
    ['a paywall appeal', 'We chose not to put our journalism behind a paywall, so we rely on readers like you.'],
    ['an alt text / slug', 'harbour fire night crews'],
    ['a menu spaced with runs of blanks', 'World  Business  Markets  Politics'],
    ['a breadcrumb', 'Newsroom > Press releases > 2031'],
    ['a press-release label', 'PRESS RELEASE - FOR IMMEDIATE RELEASE'],
    ['a bare date and time', '03 March 2031 - 21:30'],
    ['an issued line', 'Issued: Tuesday 3 March 2031, 10:30'],
    ['a wire timestamp', 'March 3, 2031 4:52 PM GMT+1 · Updated 2 hours ago'],
    ['a markdown related link in a list', '- Related: [Inquiry opens into quay fire](https://harbourpost.example/inquiry)'],
    ['a markdown share link', '[Share this article](https://harbourpost.example/share)'],
    ['an emphasised markdown prompt', '**Watch:** drone footage of the quay'],
  ];
  for (const [name, line] of furniture) {
    it(`marks ${name}`, () => assert.strictEqual(isBoilerplateLine(line, ctx), true, line));
  }

  const article: [string, string][] = [
    ['a sentence about donations', 'The council said donations to the relief fund had reached 40,000 crowns.'],
    ['a quote mentioning support', '“Your support has been overwhelming,” Grant told the volunteers.'],
    ['demonyms that are also language names', 'Russian, French and German ships joined the search off the coast on Tuesday.'],
    ['a short sentence', 'The pier is gone.'],
    ['a headline', 'Harbour fire forces evacuation of 1,200'],
    ['a markdown list item of the story', '- Crews reached the quay at 23:10, twenty minutes after the first call.'],
    ['a name', 'Lydia Grant'],
    ['a sentence with a date', 'On 3 March 2031 the quay was closed to ferries.'],
    ['two capitalised words with one space', 'Harbour Reopens'],
  ];
  for (const [name, line] of article) {
    it(`keeps ${name}`, () => assert.strictEqual(isBoilerplateLine(line, ctx), false, line));
  }

  it('keeps a line in another script when the article is in that script', () => {
    assert.strictEqual(isBoilerplateLine('항구 화재', { latinArticle: false }), false);
  });
});
