/** The search's name for listings and pages about help, as its type filter shows it. */
export const HELP_SEARCH_TYPE = 'Help and services';
