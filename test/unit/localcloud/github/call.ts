/** A request to the local GitHub with a token (or none, for the admin interface), its JSON answer parsed. */
export async function callGithub(url: string, method: string, path: string, body: unknown, token: string | null) {
  const response = await fetch(`${url}${path}`, {
    method,
    headers: token === null ? {} : { authorization: `Bearer ${token}` },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, body: text === "" ? undefined : JSON.parse(text) };
}
