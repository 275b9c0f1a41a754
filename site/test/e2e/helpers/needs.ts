import type { Page } from 'playwright-core';

export interface CheckAnswers {
  /** Which option of every radio question: the first (weakest answers, clear needs) or the last (strongest). */
  pick: 'first' | 'last';
  /** Option key of the municipality select. */
  municipality: string;
  consent?: boolean;
  contact?: { name: string; email: string };
  /** "E-mail me in N months": the reminder's address ('' ticks the box with no address). */
  followUpEmail?: string;
  /** The submission is expected to be refused: resolve on the error page instead of the result page. */
  refused?: boolean;
}

/** Answers every question of the needs-check form on the current page and submits it; resolves on the result page. */
export async function takeCheck(page: Page, answers: CheckAnswers): Promise<void> {
  const questions = page.locator('form.needs-form fieldset.question');
  const count = await questions.count();
  for (let i = 0; i < count; i++) {
    const question = questions.nth(i);
    if (await question.locator('select').count()) {
      await question.locator('select').selectOption(answers.municipality);
    } else {
      const radios = question.locator('input[type=radio]');
      await (answers.pick === 'first' ? radios.first() : radios.last()).check();
    }
  }
  if (answers.consent) await page.locator('input[name=consent]').check();
  if (answers.contact) {
    await page.locator('.contact-part > summary').click();
    await page.locator('input[name=contact]').check();
    await page.locator('#contact-name').fill(answers.contact.name);
    await page.locator('#contact-email').fill(answers.contact.email);
    await page.locator('input[name=contactConsent]').check();
  }
  if (answers.followUpEmail !== undefined) {
    await page.locator('details.follow-up-part > summary').click();
    await page.locator('input[name=followUp]').check();
    await page.locator('#follow-up-email').fill(answers.followUpEmail);
  }
  const submit = page.locator('form.needs-form button[type=submit]');
  if (answers.refused) await Promise.all([page.waitForURL(/\/api\/needs-check$/), submit.click()]);
  else await Promise.all([page.waitForURL(/\/(behovskoll\/resultat|en\/needs-check\/result)$/), submit.click()]);
}
