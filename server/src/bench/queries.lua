-- 50 realistic /api/search requests, cycled by every wrk connection: topic words, typos, half-typed words,
-- quote fragments, figure titles, speaker names, facet filters and empty-query browsing.
local queries = {
  "q=kubernetes", "q=rook%20ceph", "q=scissors&type=quote", "q=gitlab%20ci", "q=docker",
  "q=elasticsearch%20operator", "q=keycloak%20saml", "q=matrix%20synapse", "q=sysctl", "q=openvswitch",
  "q=kubernets", "q=elasticsearh", "q=keycloack", "q=promethus", "q=contianer",
  "q=kube", "q=scis", "q=elasticsea", "q=ancien", "q=owncl",
  "q=carry%20the%20scissors%20for%20miles", "q=innovation%20is%20done", "q=steal%20your%20servers",
  "q=%22running%20with%20scissors%22", "q=smell%20of%20sponsors",
  "q=weave%20scope", "q=waffle", "q=cluster%20architecture", "q=booth", "q=snow",
  "q=kelsey%20hightower", "q=liz%20rice", "q=alexis%20richardson", "q=speaker%3Arice", "q=dan%20kohn",
  "q=&tag=Rook", "q=&type=quote", "q=&year=2018", "q=kubernetes&tag=Kubernetes&tag=Rook",
  "q=storage&conference=KubeCon%20Copenhagen%202018",
  "q=", "q=&sort=oldest", "q=ceph&sort=newest", "q=k8s", "q=ipv6%20containers",
  "q=home%20office", "q=ansible%20role", "q=cri-o", "q=network%20testing", "q=helm%20chart%20-rook"
}
-- NO_CACHE=1 sends "Cache-Control: no-cache": every answer is recomputed (the server's per-reader answer cache is
-- bypassed), which is the cost of a query nobody asked before.
local headers = nil
if os.getenv("NO_CACHE") then headers = { ["Cache-Control"] = "no-cache" } end
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", "/api/search?" .. queries[(i % #queries) + 1], headers)
end
