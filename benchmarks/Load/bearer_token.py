"""Prints a coordinator's bearer token (HS256) for the load benchmark's host, signed with the base64 key given."""
import base64, hashlib, hmac, json, sys, time

def b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()

key = base64.b64decode(sys.argv[1])
header = {"alg": "HS256", "typ": "JWT"}
now = int(time.time())
claims = {"iss": "cfc-load", "aud": "cfc-sample-host", "sub": "load", "role": "coordinator", "nbf": now - 60, "exp": now + 3600}
signing_input = b64(json.dumps(header).encode()) + "." + b64(json.dumps(claims).encode())
signature = hmac.new(key, signing_input.encode(), hashlib.sha256).digest()
print(signing_input + "." + b64(signature))
