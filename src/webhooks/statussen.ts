// States of subscriptions and deliveries (issue 4), shared by the API and the dispatcher.

/**
 * wacht_op_bevestiging: the receiver has not yet allowed us (the handshake, src/webhooks/bevestiging.ts);
 * actief: receives events; gestopt: the receiver answered 410 Gone, or never allowed us within the
 * retry window; verwijderd: deleted by its organisation.
 */
export const ABONNEMENT_STATUSSEN = ['wacht_op_bevestiging', 'actief', 'gestopt', 'verwijderd'] as const;
export type AbonnementStatus = (typeof ABONNEMENT_STATUSSEN)[number];

/**
 * wachtend: still to be sent (or being retried); afgeleverd: the receiver answered 2xx;
 * niet_afleverbaar: the retry window passed without a 2xx; vervallen: the subscription was
 * stopped (410) or deleted before delivery — the notification stays in the feed.
 */
export const AFLEVERING_STATUSSEN = ['wachtend', 'afgeleverd', 'niet_afleverbaar', 'vervallen'] as const;
export type AfleveringStatus = (typeof AFLEVERING_STATUSSEN)[number];
