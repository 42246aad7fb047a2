import express, { type Router } from 'express';
import { EXPLORER_PAGE, HOME_PAGE } from '../landing-page';
import { ASSETS_DIR } from './assets';

/**
 * The browser pages besides the query page: `/` (links to both), `/explore` (the explorer) and
 * `/assets/*` (their bundled scripts and styles). The explorer asks for data only through
 * POST /graphql, one operation per action: no endpoint of its own.
 */
export function browserPages(): Router {
  const router = express.Router();
  router.get('/', (_req, res) => {
    res.type('html').send(HOME_PAGE);
  });
  router.get('/explore', (_req, res) => {
    res.type('html').send(EXPLORER_PAGE);
  });
  // Rebuilt by every `npm run build`: revalidate rather than cache for long.
  router.use('/assets', express.static(ASSETS_DIR, { index: false, maxAge: 0 }));
  return router;
}
