// Writes the Function App's complete app settings in one resource (it replaces all of them), once
// every value is known: host settings, the app's settings and the optional Azure OpenAI ones.

param functionAppName string

@description('Every app setting, name to value. Secrets only as Key Vault references.')
param settings object

resource site 'Microsoft.Web/sites@2024-04-01' existing = {
  name: functionAppName
}

resource appSettings 'Microsoft.Web/sites/config@2024-04-01' = {
  parent: site
  name: 'appsettings'
  properties: settings
}
