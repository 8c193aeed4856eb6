package vn.chidao.notification.push.model;

/**
 * Where one push goes: a browser's subscription as stored for its owner.
 *
 * @param id stable id of the subscription (derived from its endpoint)
 * @param p256dh the browser's public key, base64url of the 65-byte uncompressed P-256 point
 * @param auth the browser's 16-byte authentication secret, base64url
 */
public record PushTarget(String id, String username, String endpoint, String p256dh, String auth) {}
