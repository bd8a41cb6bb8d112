// States of subscriptions and deliveries (issue 4), shared by the API and the dispatcher.

/** actief: receives events; gestopt: the receiver answered 410 Gone; verwijderd: deleted by its organisation. */
export const ABONNEMENT_STATUSSEN = ['actief', 'gestopt', 'verwijderd'] as const;
export type AbonnementStatus = (typeof ABONNEMENT_STATUSSEN)[number];

/**
 * wachtend: still to be sent (or being retried); afgeleverd: the receiver answered 2xx;
 * niet_afleverbaar: the retry window passed without a 2xx; vervallen: the subscription was
 * stopped (410) or deleted before delivery — the notification stays in the feed.
 */
export const AFLEVERING_STATUSSEN = ['wachtend', 'afgeleverd', 'niet_afleverbaar', 'vervallen'] as const;
export type AfleveringStatus = (typeof AFLEVERING_STATUSSEN)[number];
